package com.kamsuite.customer.account.domain;

public enum AccountStatus {
    ACTIVE,
    /** The customer was merged; this relationship was taken over by the survivor's. */
    MERGED
}
