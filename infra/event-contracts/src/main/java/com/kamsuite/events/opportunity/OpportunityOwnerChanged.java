package com.kamsuite.events.opportunity;

/** The primary owner of an opportunity changed (O4); the sales credit and the forecast line follow the new owner. */
public record OpportunityOwnerChanged(
        String opportunityId,
        String customerId,
        String previousOwnerId,
        String ownerId,
        String changedBy) {
}
