package com.kamsuite.customer.duplicates.domain;

/** Why an existing customer may be the one about to be created. */
public enum MatchReason {
    /** The same registration id: certainly the same company; a create is always refused. */
    REGISTRATION_ID,
    /** The same normalised name. */
    SAME_NAME,
    /** A name similar above the threshold. */
    SIMILAR_NAME,
    SAME_PHONE,
    SAME_ADDRESS
}
