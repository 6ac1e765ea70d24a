package com.kamsuite.kit.domain;

/** The caller may see the thing but not do this to it (for example, only the owner's superior may): 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
