package com.kamsuite.teamincentive.org.domain;

/**
 * The kinds of units of a division's sales organisation, including the three key-account organisation forms: a
 * temporary group led by an executive (for one big deal), a permanent group of 3–5 experienced people locked on
 * particular accounts or industries, and the key-account department.
 */
public enum UnitKind {
    DIVISION, REGION, TEAM, KEY_ACCOUNT_TEMPORARY_GROUP, KEY_ACCOUNT_PERMANENT_GROUP, KEY_ACCOUNT_DEPARTMENT
}
