package com.kamsuite.customer.account.domain;

import com.kamsuite.customer.common.domain.Money;

/**
 * Extended information of a division's archive (C1): how the customer does business, its own markets and customers,
 * its processes, how our products create value for it, how it buys, and the credit we give it.
 */
public record ExtendedInfo(String businessModel, String markets, String customersOfCustomer, String industryProcesses,
                           String valueForCustomer, String purchasingProcess, Money creditLimit, Integer paymentTermsDays) {

    public static final ExtendedInfo EMPTY = new ExtendedInfo(null, null, null, null, null, null, null, null);

    public ExtendedInfo {
        if (creditLimit != null && creditLimit.isNegative()) {
            throw new IllegalArgumentException("creditLimit must not be negative");
        }
        if (paymentTermsDays != null && (paymentTermsDays < 0 || paymentTermsDays > 720)) {
            throw new IllegalArgumentException("paymentTermsDays must be between 0 and 720");
        }
    }
}
