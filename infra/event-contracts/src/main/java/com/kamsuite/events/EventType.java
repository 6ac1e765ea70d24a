package com.kamsuite.events;

import java.util.Objects;

/**
 * A logical event type: its wire name (the CloudEvents {@code type}, never a Java class name),
 * the topic it travels on, and the record that carries its data.
 */
public record EventType<T>(String name, String topic, Class<T> dataClass) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(dataClass, "dataClass");
        if (!name.matches("kam\\.[a-z]+\\.[a-z-]+\\.v[0-9]+")) {
            throw new IllegalArgumentException("event type name must look like kam.<aggregate>.<past-tense>.v<N>: " + name);
        }
    }

    /** Classpath location of the JSON Schema of this type's data. */
    public String schemaLocation() {
        return "kam/events/schemas/" + name + ".schema.json";
    }
}
