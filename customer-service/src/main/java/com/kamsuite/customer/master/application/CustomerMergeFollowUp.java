package com.kamsuite.customer.master.application;

/**
 * What a feature does when one customer was merged into another: it takes over what it holds of the merged customer
 * into the survivor (in every division), and does nothing the second time. The master knows the features only
 * through this port; they are asked in {@link org.springframework.core.annotation.Order} of the constants below.
 */
public interface CustomerMergeFollowUp {

    /** The account itself first: it opens the survivor's relationship where there was none. */
    int ACCOUNT = 100;
    /** What hangs off the account: loyalty, plans. */
    int ACCOUNT_FEATURES = 200;
    int REVENUE = 300;
    /** Last: the survivor is re-evaluated on everything taken over, its revenue included. */
    int EVALUATION = 400;

    void customerMerged(String mergedId, String survivorId);
}
