package com.kamsuite.teamincentive.quota.domain;

/** What a quota is set for, from the top down: a child is always of a lower kind than its parent. */
public enum TargetKind {
    DIVISION, TERRITORY, TEAM, PERSON
}
