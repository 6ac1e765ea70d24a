package com.kamsuite.customer.classification.application;

import com.kamsuite.kit.security.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The accounts there are to evaluate, as the account feature knows them. The account shows its evaluation, so it
 * depends on this feature; this port, which the account feature implements, keeps the dependency one way.
 */
public interface ClassifiedAccounts {

    /** An active relationship of a division with a customer. */
    record ClassifiedAccount(String id, String customerId, String divisionId) {
    }

    /** The caller's division's relationship with the customer (a merged customer's leads to the survivor's), or 404. */
    ClassifiedAccount require(String customerId, CurrentUser user);

    Optional<ClassifiedAccount> active(String customerId, String divisionId);

    List<ClassifiedAccount> activeOf(String divisionId);

    /** Every division's active relationship with the customer: only for a merge, which concerns them all. */
    List<ClassifiedAccount> activeOfCustomer(String customerId);
}
