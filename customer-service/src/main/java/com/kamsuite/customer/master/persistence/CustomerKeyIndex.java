package com.kamsuite.customer.master.persistence;

import com.kamsuite.customer.duplicates.domain.LookupKeys;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The lookup keys of duplicate search: one document per key ({@code _id} = the key: normalised name, name bigram,
 * phone, address) listing the ids of the customers under it, so a check reads a few documents by {@code _id} and
 * never scans the customers. Keys are written before the customer they point to (idempotent {@code $addToSet}
 * upserts) and every hit is verified against the customer on reading, so a crash in between leaves at most a
 * dangling key, never a customer that cannot be found.
 *
 * <p>A bigram shared by more than {@link #GRAM_CAP} customers ("上海", "科技") says little about similarity; its
 * document is marked saturated and stops growing, and searches skip it, which keeps every check bounded.
 */
@Repository
public class CustomerKeyIndex {

    static final String COLLECTION = "customer_keys";
    public static final int GRAM_CAP = 1_000;

    private final MongoTemplate mongo;

    public CustomerKeyIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One key's customers; {@code saturated} when the key is too common to be listed completely. */
    public record Posting(String key, List<String> customerIds, boolean saturated) {
    }

    public void add(String customerId, Collection<String> keys) {
        for (String key : keys) {
            if (key.startsWith(LookupKeys.GRAM)) {
                addToGram(customerId, key);
            } else {
                mongo.upsert(Query.query(where("_id").is(key)), new Update().addToSet("ids", customerId), COLLECTION);
            }
        }
    }

    /**
     * Only {@code _id} filters, which every MongoDB (and the stand-in) answers from the index. Concurrent adds may
     * overshoot the cap by a few ids; the cap is a bound on work, not a rule.
     */
    private void addToGram(String customerId, String key) {
        Query byId = Query.query(where("_id").is(key));
        byId.fields().include("n").include("saturated");
        Document before = mongo.findOne(byId, Document.class, COLLECTION);
        if (before != null && Boolean.TRUE.equals(before.getBoolean("saturated"))) {
            return;
        }
        mongo.upsert(Query.query(where("_id").is(key)), new Update().addToSet("ids", customerId).inc("n", 1), COLLECTION);
        if (before != null && before.get("n", Number.class).intValue() + 1 >= GRAM_CAP) {
            mongo.updateFirst(Query.query(where("_id").is(key)), new Update().set("saturated", true).unset("ids"), COLLECTION);
        }
    }

    public Map<String, Posting> find(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(where("_id").in(keys)), Document.class, COLLECTION).stream()
                .map(document -> new Posting(document.getString("_id"), document.getList("ids", String.class, List.of()),
                        Boolean.TRUE.equals(document.getBoolean("saturated"))))
                .collect(Collectors.toMap(Posting::key, Function.identity()));
    }
}
