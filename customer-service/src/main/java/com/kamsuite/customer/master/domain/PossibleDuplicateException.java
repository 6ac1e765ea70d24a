package com.kamsuite.customer.master.domain;

import com.kamsuite.kit.domain.ConflictException;

/**
 * Existing customers look like the one about to be created (same or similar name, same phone or address): 409 with
 * the candidates, unless the request confirms it is a different company.
 */
public class PossibleDuplicateException extends ConflictException {

    public PossibleDuplicateException(String legalName, Object candidates) {
        super("possible-duplicate", "customers like " + legalName + " exist already", legalName);
        with("candidates", candidates);
    }
}
