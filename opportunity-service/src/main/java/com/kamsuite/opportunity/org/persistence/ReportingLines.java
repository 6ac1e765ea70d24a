package com.kamsuite.opportunity.org.persistence;

import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import com.kamsuite.opportunity.org.domain.OrgPerson;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The replica of reporting lines, one document per person. Each event carries the person's whole line history, so
 * the document is replaced, not patched, and an older event arriving late is ignored (per-person sequence).
 */
@Repository
public class ReportingLines {

    static final String COLLECTION = "reporting_lines";

    private final MongoTemplate mongo;
    private final Projections projections;

    public ReportingLines(MongoTemplate mongo, Projections projections) {
        this.mongo = mongo;
        this.projections = projections;
    }

    public void changed(ReceivedEvent<ReportingLineChanged> event) {
        ReportingLineChanged data = event.data();
        event.requireDivision(data.divisionId());
        projections.requireHeldDivision(COLLECTION, data.personId(), event);
        List<Document> lines = data.lines().stream().map(line -> new Document("superiorId", line.superiorId())
                .append("effectiveFrom", date(line.effectiveFrom())).append("effectiveTo", date(line.effectiveTo()))
                .append("roles", line.roles())).toList();
        projections.applyInOrder(COLLECTION, data.personId(), event, new Update()
                .set("divisionId", data.divisionId())
                .set("name", data.name())
                .set("leftOn", date(data.leftOn()))
                .set("lines", lines));
    }

    /** The person as this division knows them; a person of another division does not exist for it. */
    public Optional<OrgPerson> find(String personId, String divisionId) {
        Document document = mongo.findById(personId, Document.class, COLLECTION);
        if (document == null || !divisionId.equals(document.getString("divisionId"))) {
            return Optional.empty();
        }
        return Optional.of(person(document));
    }

    /** The active people who report directly to {@code superiorId} on {@code date}. */
    public List<OrgPerson> directReports(String superiorId, String divisionId, LocalDate date) {
        Query query = Query.query(where("divisionId").is(divisionId).and("lines.superiorId").is(superiorId));
        return mongo.find(query, Document.class, COLLECTION).stream().map(ReportingLines::person)
                .filter(person -> person.activeOn(date) && person.superiorOn(date).filter(superiorId::equals).isPresent())
                .toList();
    }

    /** Names of the given people of the division, by id (people of another division are left out). */
    public Map<String, String> namesOf(Collection<String> personIds, String divisionId) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(where("_id").in(personIds).and("divisionId").is(divisionId));
        query.fields().include("name");
        Map<String, String> names = new HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(document -> {
            if (document.getString("name") != null) {
                names.put(document.getString("_id"), document.getString("name"));
            }
        });
        return names;
    }

    /** The division's people with their names, by name; of the given ids or the direct reports of one superior only. */
    public List<NamedPerson> people(String divisionId, Collection<String> personIds, String superiorId) {
        Criteria criteria = where("divisionId").is(divisionId);
        if (personIds != null) {
            criteria = criteria.and("_id").in(personIds);
        }
        if (superiorId != null) {
            criteria = criteria.and("lines.superiorId").is(superiorId);
        }
        return mongo.find(Query.query(criteria), Document.class, COLLECTION).stream()
                .map(document -> new NamedPerson(person(document), document.getString("name")))
                .sorted(Comparator.comparing(NamedPerson::sortName))
                .toList();
    }

    /** A person of the replica with the name the organisation gave them ({@code null} in documents from before names were kept). */
    public record NamedPerson(OrgPerson person, String name) {

        String sortName() {
            return name == null ? person.personId() : name;
        }
    }

    private static OrgPerson person(Document document) {
        String personId = document.getString("_id");
        String divisionId = document.getString("divisionId");
        List<OrgPerson.Line> lines = document.getList("lines", Document.class, List.of()).stream()
                .map(line -> new OrgPerson.Line(line.getString("superiorId"), localDate(line.getDate("effectiveFrom")),
                        localDate(line.getDate("effectiveTo")), line.containsKey("roles") ? line.getList("roles", String.class) : null))
                .toList();
        return new OrgPerson(personId, divisionId, localDate(document.getDate("leftOn")), lines);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
}
