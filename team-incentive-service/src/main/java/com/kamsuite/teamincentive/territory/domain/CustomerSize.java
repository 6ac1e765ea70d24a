package com.kamsuite.teamincentive.territory.domain;

/** Customer size bands, as customer-service records them; a criterion of the assignment rules. */
public enum CustomerSize {
    SMALL, MEDIUM, LARGE, ENTERPRISE
}
