package com.kamsuite.teamincentive.org.domain;

/** The roles a person holds in the sales organisation (the same names as the roles of an access token). */
public enum SalesRole {
    ACCOUNT_MANAGER, SALES_MANAGER, SALES_DIRECTOR, DIVISION_HEAD, SALES_OPERATIONS, FINANCE, HR;

    /** Executives may lead a temporary key-account group. */
    public boolean isExecutive() {
        return this == SALES_DIRECTOR || this == DIVISION_HEAD;
    }
}
