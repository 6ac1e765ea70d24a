package com.kamsuite.opportunity.customerref.domain;

/**
 * What opportunity-service knows of a customer, replicated from customer-service's events: that it exists, its
 * name, and, once merged, the survivor it redirects to.
 */
public record CustomerReference(String customerId, String legalName, String mergedInto) {

    public boolean isMerged() {
        return mergedInto != null;
    }
}
