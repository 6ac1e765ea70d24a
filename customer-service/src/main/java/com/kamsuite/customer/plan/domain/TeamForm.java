package com.kamsuite.customer.plan.domain;

/** How the account is served (C9). */
public enum TeamForm {
    /** A temporary group led by an executive, for a large one-off project. */
    TEMPORARY_EXECUTIVE_GROUP,
    /** A permanent group of 3–5 people. */
    PERMANENT_GROUP,
    /** The key-account department. */
    KEY_ACCOUNT_DEPARTMENT
}
