package com.kamsuite.customer.assignment.persistence;

import com.kamsuite.customer.assignment.domain.TerritoryRules;
import com.kamsuite.events.org.AssignmentRulesPublished;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * customer-service's replica of each division's current territory rules, one document per division, fed by
 * {@code kam.org.assignment-rules-published.v1}. A rule set replaces the replica only if its version is newer, in
 * one conditional upsert: a redelivered or late older event changes nothing.
 */
@Repository
public class AssignmentRuleReplica {

    static final String COLLECTION = "assignment_rules";

    private final MongoTemplate mongo;

    public AssignmentRuleReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record RuleSetDocument(String id, String ruleSetId, int version, List<TerritoryRules.Rule> rules, String lastEventId) {
    }

    /** Returns whether the rule set was newer than the replica and replaced it. */
    public boolean replaceIfNewer(AssignmentRulesPublished published, String eventId) {
        List<TerritoryRules.Rule> rules = published.rules().stream()
                .map(r -> new TerritoryRules.Rule(r.ruleId(), r.priority(), r.region(), r.industry(), r.size(), r.accountManagerId()))
                .toList();
        Update update = new Update().set("ruleSetId", published.ruleSetId()).set("version", published.version())
                .set("rules", rules).set("lastEventId", eventId);
        try {
            var result = mongo.upsert(Query.query(where("_id").is(published.divisionId()).and("version").lt(published.version())),
                    update, COLLECTION);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException sameOrNewerVersionApplied) {
            return false;
        }
    }

    public TerritoryRules of(String divisionId) {
        RuleSetDocument document = mongo.findById(divisionId, RuleSetDocument.class, COLLECTION);
        return document == null ? TerritoryRules.NONE
                : new TerritoryRules(document.ruleSetId(), document.version(), document.rules());
    }
}
