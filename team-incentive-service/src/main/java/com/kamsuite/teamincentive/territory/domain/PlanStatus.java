package com.kamsuite.teamincentive.territory.domain;

/** The approval workflow of the overall plan and of each regional plan. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED
}
