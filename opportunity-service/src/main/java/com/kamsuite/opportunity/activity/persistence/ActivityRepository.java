package com.kamsuite.opportunity.activity.persistence;

import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.activity.domain.ActionItem;
import com.kamsuite.opportunity.activity.domain.Activity;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Activities and action items (O7), each scoped by division. */
@Repository
public class ActivityRepository {

    static final int LIST_LIMIT = 500;

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public ActivityRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
        mongo.indexOps(store.collectionOf(Activity.class)).createIndex(
                new Index().on("divisionId", Sort.Direction.ASC).on("scheduledAt", Sort.Direction.ASC));
        mongo.indexOps(store.collectionOf(ActionItem.class)).createIndex(
                new Index().on("divisionId", Sort.Direction.ASC).on("assigneeId", Sort.Direction.ASC));
    }

    public <A extends AggregateRoot> A save(A aggregate) {
        return store.save(aggregate);
    }

    public <A extends AggregateRoot> Optional<A> findInDivision(Class<A> type, String id, String divisionId) {
        return store.findOne(Query.query(where("_id").is(id).and("divisionId").is(divisionId)), type);
    }

    /** The schedule: activities of the division in a time window, optionally of one opportunity or customer, by time. */
    public List<Activity> activities(String divisionId, String opportunityId, String customerId, Instant from, Instant to) {
        Criteria criteria = scoped(divisionId, opportunityId, customerId);
        if (from != null || to != null) {
            Criteria time = where("scheduledAt");
            if (from != null) {
                time = time.gte(from);
            }
            if (to != null) {
                time = time.lt(to);
            }
            criteria = new Criteria().andOperator(criteria, time);
        }
        return store.find(Query.query(criteria).with(Sort.by("scheduledAt")).limit(LIST_LIMIT), Activity.class);
    }

    public List<ActionItem> actionItems(String divisionId, String opportunityId, String customerId, String assigneeId,
                                        boolean openOnly) {
        Criteria criteria = scoped(divisionId, opportunityId, customerId);
        if (assigneeId != null) {
            criteria = criteria.and("assigneeId").is(assigneeId);
        }
        if (openOnly) {
            criteria = criteria.and("status").is(ActionItem.Status.OPEN.name());
        }
        return store.find(Query.query(criteria).with(Sort.by("dueDate")).limit(LIST_LIMIT), ActionItem.class);
    }

    /** One page of a person's open action items due on or before {@code dueBy} (overdue ones first), and how many in all. */
    public Page<ActionItem> openDueBy(String divisionId, String assigneeId, LocalDate dueBy, int page, int size) {
        Query query = Query.query(where("divisionId").is(divisionId).and("assigneeId").is(assigneeId)
                .and("status").is(ActionItem.Status.OPEN.name()).and("dueDate").lte(dueBy));
        long total = mongo.count(query, store.collectionOf(ActionItem.class));
        List<ActionItem> items = store.find(Query.of(query).with(Sort.by("dueDate", "_id")).skip((long) page * size).limit(size),
                ActionItem.class);
        return new Page<>(items, total);
    }

    public record Page<T>(List<T> items, long total) {
    }

    private static Criteria scoped(String divisionId, String opportunityId, String customerId) {
        Criteria criteria = where("divisionId").is(divisionId);
        if (opportunityId != null) {
            criteria = criteria.and("opportunityId").is(opportunityId);
        }
        if (customerId != null) {
            criteria = criteria.and("customerId").is(customerId);
        }
        return criteria;
    }
}
