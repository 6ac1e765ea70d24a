package com.kamsuite.customer.account.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Accounts and their entries for the domain tests. */
final class AccountMother {

    static final Instant OPENED = Instant.parse("2026-11-02T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final String DIVISION = "div-power";
    static final String MANAGER = "liu.yang";

    private AccountMother() {
    }

    static Account opened(String customerId) {
        return Account.open(customerId, DIVISION, MANAGER, OPENED);
    }

    static KeyPerson procurementDirector() {
        return new KeyPerson(null, "张建国", "采购总监", BuyingRole.DECISION_MAKER, 5, 3, "+86 139 0000 0000",
                "zhang.jianguo@example.com", "likes tea");
    }

    static KeyPerson chiefEngineer() {
        return new KeyPerson(null, "李工", "总工程师", BuyingRole.TECHNICAL_EXPERT, 4, 4, null, null, null);
    }

    static Competitor abb() {
        return new Competitor(null, "ABB", "GIS switchgear", new BigDecimal("35"), "Brand", "Price");
    }
}
