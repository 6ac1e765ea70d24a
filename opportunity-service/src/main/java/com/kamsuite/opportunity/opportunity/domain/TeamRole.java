package com.kamsuite.opportunity.opportunity.domain;

/** The part a member plays in an opportunity's sales team (O4). Exactly one member is the primary owner. */
public enum TeamRole {
    PRIMARY_OWNER, ACCOUNT_MANAGER, PRE_SALES, SERVICE, CHANNEL_MANAGER, EXECUTIVE_SPONSOR, OTHER
}
