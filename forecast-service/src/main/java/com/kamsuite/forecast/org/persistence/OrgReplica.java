package com.kamsuite.forecast.org.persistence;

import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.org.domain.OrgPerson;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The effective-dated reporting lines of every person, replicated from team-incentive-service. Each event carries the
 * person's whole history, so the replica replaces it, in the order of the person's own event sequence: a redelivery
 * or a replay from offset 0 changes nothing.
 */
@Repository
public class OrgReplica {

    static final String PEOPLE = "forecast_people";

    private final MongoTemplate mongo;
    private final Projections projections;

    public OrgReplica(MongoTemplate mongo, Projections projections) {
        this.mongo = mongo;
        this.projections = projections;
        mongo.indexOps(PEOPLE).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
    }

    record PersonDocument(@Id String id, String divisionId, String name, List<LineDocument> lines) {
    }

    record LineDocument(String superiorId, List<String> roles, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    public boolean reportingLineChanged(ReceivedEvent<ReportingLineChanged> event) {
        ReportingLineChanged data = event.data();
        event.requireDivision(data.divisionId());
        projections.requireHeldDivision(PEOPLE, data.personId(), event);
        List<LineDocument> lines = data.lines().stream()
                .map(line -> new LineDocument(line.superiorId(), line.roles(), line.effectiveFrom(), line.effectiveTo()))
                .toList();
        return projections.applyInOrder(PEOPLE, data.personId(), event, new Update()
                .set("divisionId", data.divisionId()).set("name", data.name()).set("lines", lines));
    }

    /** The division's hierarchy in a period. */
    public Hierarchy hierarchy(String divisionId, Period period) {
        List<OrgPerson> people = mongo.find(Query.query(where("divisionId").is(divisionId)), PersonDocument.class, PEOPLE)
                .stream()
                .map(d -> new OrgPerson(d.id(), d.name(), d.lines() == null ? List.of() : d.lines().stream()
                        .map(l -> new OrgPerson.Line(l.superiorId(), l.roles(), l.effectiveFrom(), l.effectiveTo())).toList()))
                .toList();
        return Hierarchy.in(people, period.start(), period.end());
    }
}
