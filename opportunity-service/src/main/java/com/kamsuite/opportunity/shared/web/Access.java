package com.kamsuite.opportunity.shared.web;

/**
 * Who may call what, as {@code @PreAuthorize} expressions. Finer rules (only the sales team works an opportunity,
 * only the primary owner manages the team and confirms, only the owner's superior changes the owner) are the
 * aggregate's, because they depend on the opportunity. Channel partners hold none of these roles.
 */
public final class Access {

    /** Read opportunities and the funnel configuration of the division. */
    public static final String READERS = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD',"
            + "'SALES_OPERATIONS','FINANCE')";
    /** Create and work opportunities: the people who sell. */
    public static final String SELLERS = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD')";
    /** Change the owner: managers of sellers (whose superior they are is checked against the reporting lines). */
    public static final String MANAGERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD')";
    /** Set funnel rules (probabilities, gates, benchmarks). */
    public static final String SALES_OPERATIONS = "hasRole('SALES_OPERATIONS')";

    private Access() {
    }
}
