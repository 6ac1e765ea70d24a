package com.kamsuite.kit.domain;

/** The request conflicts with the current state (a duplicate, a concurrent change, a cycle): 409. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
