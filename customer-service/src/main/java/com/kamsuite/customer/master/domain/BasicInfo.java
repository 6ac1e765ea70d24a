package com.kamsuite.customer.master.domain;

import com.kamsuite.customer.common.domain.Money;

/**
 * The basic information of the customer master (C1), group-wide: legal name, industry, region, address and phone,
 * size, annual revenue and employees.
 */
public record BasicInfo(String legalName, String industry, String region, String address, String phone,
                        CompanySize size, Money annualRevenue, Integer employees) {

    public BasicInfo {
        if (legalName == null || legalName.isBlank()) {
            throw new IllegalArgumentException("legalName must not be blank");
        }
        legalName = legalName.strip();
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must not be negative");
        }
        if (annualRevenue != null && annualRevenue.isNegative()) {
            throw new IllegalArgumentException("annualRevenue must not be negative");
        }
    }
}
