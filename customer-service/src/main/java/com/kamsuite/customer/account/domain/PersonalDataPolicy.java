package com.kamsuite.customer.account.domain;

import java.util.Set;

/**
 * Who may see the personal data of key people (phone, e-mail, personal notes) of their own division's accounts:
 * the people who sell to them and their line. Sales operations, finance and HR do their work without it.
 */
public final class PersonalDataPolicy {

    private static final Set<String> NEED_IT = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD");

    private PersonalDataPolicy() {
    }

    public static boolean mayReadPersonalData(Set<String> roles) {
        return roles.stream().anyMatch(NEED_IT::contains);
    }
}
