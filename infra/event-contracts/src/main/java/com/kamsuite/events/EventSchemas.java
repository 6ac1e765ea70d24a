package com.kamsuite.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event data against the JSON Schema its producer publishes. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The violations of the given data against the schema of its type; empty when valid. */
    public static List<String> violations(EventType<?> type, byte[] json) {
        JsonNode node = EventJson.mapper().readTree(json);
        return schemaOf(type).validate(node).stream().map(Error::toString).toList();
    }

    /** Throws {@link IllegalArgumentException} naming every violation when the data does not match its schema. */
    public static void requireValid(EventType<?> type, byte[] json) {
        List<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type.name() + " does not match its schema: " + violations);
        }
    }

    static Schema schemaOf(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.name(), name -> load(type));
    }

    private static Schema load(EventType<?> type) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaLocation())) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema for " + type.name() + " at " + type.schemaLocation());
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
