package com.kamsuite.customer.revenue.application;

/**
 * What another feature does when an opportunity of a customer was won (or won again): the account is re-evaluated
 * on its new revenue. The revenue projection calls it after it applied the event, also after a redelivery, and knows
 * no follow-up by name, so that it does not depend on the features that read it.
 */
public interface WonRevenueFollowUp {

    /** Safe to repeat. */
    void revenueWon(String divisionId, String customerId);
}
