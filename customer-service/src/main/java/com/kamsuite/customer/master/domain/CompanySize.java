package com.kamsuite.customer.master.domain;

/** Company size bands, used by the territory assignment rules (region × industry × size). */
public enum CompanySize {
    SMALL, MEDIUM, LARGE, ENTERPRISE
}
