package com.kamsuite.customer.loyalty.domain;

import com.kamsuite.customer.common.domain.Money;

/** The customer's annual budget for the category we sell: the denominator of share of wallet. */
public record CategoryBudget(int year, Money budget) {

    public CategoryBudget {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        if (budget == null || budget.amount().signum() <= 0) {
            throw new IllegalArgumentException("budget must be positive");
        }
    }
}
