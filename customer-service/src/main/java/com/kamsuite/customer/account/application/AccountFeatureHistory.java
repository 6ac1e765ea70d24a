package com.kamsuite.customer.account.application;

import com.kamsuite.customer.common.domain.Change;

import java.util.List;

/**
 * The history a feature keeps of an account in its own aggregate (loyalty, plans), for the account's combined
 * history. The features depend on the account; the account knows them only through this port.
 */
public interface AccountFeatureHistory {

    /** Oldest first; empty when the feature holds nothing of the account. */
    List<Change> historyOf(String accountId);
}
