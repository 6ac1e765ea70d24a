package com.kamsuite.kit.domain;

/**
 * The thing does not exist, or exists in another division: both answer 404, so a caller cannot probe for
 * the ids of other divisions.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super("not-found", what + " " + id + " not found", what, id);
    }
}
