package com.kamsuite.opportunity.activity.domain;

/** The kinds of key interaction recorded against an opportunity or an account (O7). */
public enum ActivityType {
    MEETING, CALL, VISIT, WORKSHOP, DEMONSTRATION, SAMPLE, PROPOSAL, TENDER_BRIEFING, OTHER
}
