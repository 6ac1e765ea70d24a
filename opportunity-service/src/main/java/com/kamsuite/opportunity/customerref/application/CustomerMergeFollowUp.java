package com.kamsuite.opportunity.customerref.application;

/**
 * What another feature does when the customer master merges one customer into another: it moves what it holds of the
 * merged customer to the survivor. The replica of customer references calls every follow-up after it has applied the
 * merge, and knows none of them by name.
 */
public interface CustomerMergeFollowUp {

    void customerMerged(String mergedId, String survivorId);
}
