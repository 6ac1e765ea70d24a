package com.kamsuite.customer.master.domain;

public enum CustomerStatus {
    ACTIVE,
    /** Merged into a survivor; kept as a redirect to it. */
    MERGED
}
