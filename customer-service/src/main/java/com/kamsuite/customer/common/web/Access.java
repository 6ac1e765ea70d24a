package com.kamsuite.customer.common.web;

/** Who may do what with customers, as {@code @PreAuthorize} expressions; channel partners do nothing here. */
public final class Access {

    /** Everyone inside the company reads; finance and HR read too (personal data is hidden from them). */
    public static final String READ = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD','SALES_OPERATIONS','FINANCE','HR')";
    /** The sales line and sales operations maintain customers and archives. */
    public static final String WRITE = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD','SALES_OPERATIONS')";
    /** Assigning accounts, the unassigned queue, re-evaluating the division. */
    public static final String MANAGE = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD','SALES_OPERATIONS')";
    /** Merging duplicates and setting the division's classification weights. */
    public static final String OPERATIONS = "hasAnyRole('SALES_OPERATIONS','DIVISION_HEAD')";

    private Access() {
    }
}
