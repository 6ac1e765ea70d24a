package com.kamsuite.embedded.mongo;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * mongo-java-server uses an index only for a query on exactly the index's fields, so a filter on {@code _id} and
 * anything else ({@code {_id, version}}, the optimistic lock of every save; {@code {_id, outbox: {$size: 0}}}, the
 * relay's clean-up) reads the whole collection. MongoDB itself looks up the {@code _id} first; so do the
 * collections of this endpoint: they find the candidates by {@code _id} with the index, then match the whole filter
 * on those alone.
 */
final class IdFirstQuery {

    private IdFirstQuery() {
    }

    /**
     * The {@code _id} part of a filter that also has other fields, when the {@code _id} index can answer it (one
     * value, or {@code $in} values); otherwise null and the query runs as the library runs it.
     */
    static Document idPart(Document query) {
        if (query == null || query.size() < 2 || !query.containsKey("_id")) {
            return null;
        }
        Object id = query.get("_id");
        if (id instanceof Document operators) {
            boolean onlyIn = operators.size() == 1 && operators.get("$in") instanceof Collection<?>;
            boolean anOperator = operators.keySet().stream().anyMatch(key -> key.startsWith("$"));
            if (anOperator && !onlyIn) {
                return null;
            }
        }
        return new Document("_id", id);
    }

    /** The documents the {@code _id} index finds for {@code idPart}, to be matched against the whole filter. */
    static Stream<Document> candidates(Document idPart, Function<Document, Iterable<Document>> byIndex) {
        return StreamSupport.stream(byIndex.apply(idPart).spliterator(), false);
    }
}
