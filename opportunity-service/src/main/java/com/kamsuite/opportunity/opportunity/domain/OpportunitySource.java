package com.kamsuite.opportunity.opportunity.domain;

/** Where an opportunity came from (O1). */
public enum OpportunitySource {
    MARKET_ACTIVITY, CHANNEL, ONLINE, SERVICE, PURCHASED_LIST
}
