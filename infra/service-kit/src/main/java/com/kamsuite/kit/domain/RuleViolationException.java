package com.kamsuite.kit.domain;

/** The request is well-formed but a business rule refuses it: 422. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
