package com.kamsuite.customer.account.domain;

/** How close the relationship is (C8): vendor → preferred supplier → strategic partner / alliance. */
public enum RelationshipLevel {
    VENDOR, PREFERRED_SUPPLIER, STRATEGIC_PARTNER
}
