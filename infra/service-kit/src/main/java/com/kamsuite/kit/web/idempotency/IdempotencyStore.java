package com.kamsuite.kit.web.idempotency;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Idempotency-Key records of a service, one MongoDB document per client and key. Inserting the document (its
 * {@code _id} is unique) is the atomic claim: of two concurrent requests with one key, exactly one inserts and
 * executes, the other finds the record. A claimed record holds a lease, so a request whose instance died mid-way
 * does not block its key for good; a completed record keeps the response until it expires.
 * <p>
 * Records are kept for {@code retention} (at least 24 hours). Real MongoDB drops expired ones by the TTL index;
 * the stand-in has no TTL expiry, so {@link #sweep()} removes them too, and an expired record is never replayed.
 * Times follow the store's own clock (the system clock), never the service's business clock, which tests move.
 */
public class IdempotencyStore {

    static final String COLLECTION = "kam_idempotency_keys";
    public static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;

    public IdempotencyStore(MongoTemplate mongo, Clock clock, Duration retention, Duration lease) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("idempotency keys are kept at least " + MINIMUM_RETENTION + ", not " + retention);
        }
        this.mongo = mongo;
        this.clock = clock;
        this.retention = retention;
        this.lease = lease;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(0, TimeUnit.SECONDS));
    }

    /** Who sent a key: keys of different clients never meet, even when they are the same string. */
    public record Scope(String divisionId, String client, String key) {

        String id() {
            return sha256((divisionId + "\n" + client + "\n" + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The answer given to the first request of a key. */
    public record StoredResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /** What happened to a claim. */
    public interface Claim {
    }

    /** The caller owns the key now: it executes the request, then {@link #complete}s or {@link #release}s. */
    public record Claimed(String recordId, Instant lockedUntil) implements Claim {
    }

    /** The key was used before for this very request: answer what was answered then. */
    public record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used before for another request (another body, method or target). */
    public record Mismatch() implements Claim {
    }

    /** The first request of the key is still being executed. */
    public record InProgress() implements Claim {
    }

    public Claim claim(Scope scope, String fingerprint) {
        String id = scope.id();
        for (int attempt = 0; ; attempt++) {
            Instant now = clock.instant();
            Instant lockedUntil = now.plus(lease);
            try {
                mongo.insert(new Document("_id", id).append("divisionId", scope.divisionId()).append("client", scope.client())
                        .append("key", scope.key()).append("fingerprint", fingerprint).append("state", IN_PROGRESS)
                        .append("createdAt", Date.from(now)).append("expiresAt", Date.from(now.plus(retention)))
                        .append("lockedUntil", Date.from(lockedUntil)), COLLECTION);
                return new Claimed(id, lockedUntil);
            } catch (DuplicateKeyException taken) {
                Document existing = mongo.findById(id, Document.class, COLLECTION);
                if (existing == null || !existing.getDate("expiresAt").toInstant().isAfter(now)) {
                    mongo.remove(Query.query(Criteria.where("_id").is(id).and("expiresAt").lte(Date.from(now))), COLLECTION);
                    if (attempt < 3) {
                        continue;
                    }
                    return new InProgress();
                }
                if (!fingerprint.equals(existing.getString("fingerprint"))) {
                    return new Mismatch();
                }
                if (COMPLETED.equals(existing.getString("state"))) {
                    return new Replay(response(existing.get("response", Document.class)));
                }
                Date previousLock = existing.getDate("lockedUntil");
                if (previousLock.toInstant().isAfter(now)) {
                    return new InProgress();
                }
                // The instance that claimed it stopped before answering: take the key over, once.
                Document takenOver = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("state").is(IN_PROGRESS)
                                .and("lockedUntil").is(previousLock)),
                        new Update().set("lockedUntil", Date.from(lockedUntil)), FindAndModifyOptions.options().returnNew(true),
                        Document.class, COLLECTION);
                return takenOver == null ? new InProgress() : new Claimed(id, lockedUntil);
            }
        }
    }

    /** Keeps the answer of a claimed key, for every retry until the key expires. */
    public void complete(Claimed claim, StoredResponse response) {
        Document headers = new Document();
        List<Document> headerList = response.headers().stream()
                .map(header -> new Document("name", header.getKey()).append("value", header.getValue())).toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claim.recordId()).and("state").is(IN_PROGRESS)
                        .and("lockedUntil").is(Date.from(claim.lockedUntil()))),
                new Update().set("state", COMPLETED).unset("lockedUntil").set("response", headers
                        .append("status", response.status()).append("headers", headerList)
                        .append("body", new Binary(response.body()))), COLLECTION);
    }

    /** Gives a claimed key back without an answer (the request failed in a way a retry may not): the next request executes. */
    public void release(Claimed claim) {
        mongo.remove(Query.query(Criteria.where("_id").is(claim.recordId()).and("state").is(IN_PROGRESS)
                .and("lockedUntil").is(Date.from(claim.lockedUntil()))), COLLECTION);
    }

    /** Removes the expired records; returns how many. */
    public long sweep() {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lte(Date.from(clock.instant()))), COLLECTION)
                .getDeletedCount();
    }

    private static StoredResponse response(Document stored) {
        List<Map.Entry<String, String>> headers = stored.getList("headers", Document.class, List.of()).stream()
                .map(header -> Map.entry(header.getString("name"), header.getString("value"))).toList();
        Object body = stored.get("body");
        byte[] bytes = body instanceof Binary binary ? binary.getData() : body instanceof byte[] raw ? raw : new byte[0];
        return new StoredResponse(stored.getInteger("status"), headers, bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
