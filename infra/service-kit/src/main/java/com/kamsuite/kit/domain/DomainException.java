package com.kamsuite.kit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal by the domain. {@code code} names it stably (it becomes the Problem Details {@code type} and the key of
 * its localised message); {@code arguments} fill the message; {@code properties} travel as extra members of the
 * Problem Details (for example the candidates of a duplicate).
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    protected DomainException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Adds a member to the Problem Details of this refusal. */
    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }
}
