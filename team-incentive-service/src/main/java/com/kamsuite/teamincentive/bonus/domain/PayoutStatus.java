package com.kamsuite.teamincentive.bonus.domain;

/** Open (recalculated at will, reproducibly) until finance approves it; approved payouts are locked for good. */
public enum PayoutStatus {
    OPEN, APPROVED
}
