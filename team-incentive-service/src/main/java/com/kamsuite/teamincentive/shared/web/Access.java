package com.kamsuite.teamincentive.shared.web;

/**
 * Who may call what, as {@code @PreAuthorize} expressions. Channel partners hold none of these roles, so nothing here
 * is open to them. Division isolation is separate: every application service scopes by the caller's division.
 */
public final class Access {

    public static final String STAFF = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD',"
            + "'SALES_OPERATIONS','FINANCE','HR')";
    public static final String ORG_EDITORS = "hasAnyRole('HR','SALES_OPERATIONS')";
    /** Only sales operations change rules: territory and assignment rules, quotas, bonus plans. */
    public static final String SALES_OPERATIONS = "hasRole('SALES_OPERATIONS')";
    public static final String REGIONAL_APPROVERS = "hasAnyRole('SALES_DIRECTOR','DIVISION_HEAD')";
    public static final String DIVISION_HEAD = "hasRole('DIVISION_HEAD')";
    /** Only finance approves bonus plans and payouts. */
    public static final String FINANCE = "hasRole('FINANCE')";
    public static final String PLANNERS = "hasAnyRole('SALES_OPERATIONS','SALES_DIRECTOR','DIVISION_HEAD','FINANCE')";
    public static final String INCENTIVE_READERS = "hasAnyRole('SALES_OPERATIONS','DIVISION_HEAD','FINANCE','HR')";
    public static final String PUBLISHERS = "hasAnyRole('SALES_OPERATIONS','HR')";
    public static final String APPRAISAL_READERS = "hasAnyRole('HR','DIVISION_HEAD','SALES_OPERATIONS')";
    public static final String PAYOUT_CALCULATORS = "hasAnyRole('SALES_OPERATIONS','FINANCE')";

    private Access() {
    }
}
