package com.kamsuite.teamincentive.bonus.domain;

/** Draft → submitted (with its expected-cost analysis) → approved by finance → published to participants. */
public enum BonusPlanStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED;

    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
