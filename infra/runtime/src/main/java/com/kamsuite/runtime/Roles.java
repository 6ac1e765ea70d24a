package com.kamsuite.runtime;

/** The roles a KAM access token may carry in its {@code roles} claim. */
public final class Roles {

    public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";
    public static final String SALES_MANAGER = "SALES_MANAGER";
    public static final String SALES_DIRECTOR = "SALES_DIRECTOR";
    public static final String DIVISION_HEAD = "DIVISION_HEAD";
    public static final String SALES_OPERATIONS = "SALES_OPERATIONS";
    public static final String FINANCE = "FINANCE";
    public static final String HR = "HR";
    /** A channel partner's client; its token also carries {@code partner_id}. */
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
