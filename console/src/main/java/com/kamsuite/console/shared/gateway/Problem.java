package com.kamsuite.console.shared.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal from a service (RFC 9457 Problem Details), already in the user's language because the console passes
 * Accept-Language to the gateway. {@code errors} name the fields of a refused request; {@code properties} hold the
 * rest (e.g. {@code gate} of a stage-gate refusal).
 */
public record Problem(int status, String type, String code, String title, String detail, List<FieldError> errors,
                      Map<String, Object> properties) {

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The message of the first error about {@code field}, to show next to it. */
    public Optional<String> messageFor(String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst();
    }

    public boolean names(String field) {
        return messageFor(field).isPresent();
    }

    /** Errors about fields the form does not show, so that nothing the service said is lost. */
    public List<FieldError> errorsOtherThan(List<String> fields) {
        return errors.stream().filter(error -> !fields.contains(error.field())).toList();
    }

    public String property(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    public boolean is(String wantedCode) {
        return wantedCode.equals(code);
    }
}
