package com.kamsuite.customer.account.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.AccountStatus;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.master.application.CustomerMergeFollowUp;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** A merged customer's relationship in each division is taken over by the division's relationship with the survivor. */
@Service
@Order(CustomerMergeFollowUp.ACCOUNT)
public class AccountMerging implements CustomerMergeFollowUp {

    static final String SYSTEM = "system";

    private final AccountRepository accounts;
    private final Clock clock;

    public AccountMerging(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void customerMerged(String mergedId, String survivorId) {
        for (Account duplicate : accounts.allDivisionsOf(mergedId)) {
            if (duplicate.status() == AccountStatus.MERGED) {
                continue;
            }
            Account survivor = accounts.find(survivorId, duplicate.divisionId())
                    .orElseGet(() -> Account.open(survivorId, duplicate.divisionId(), SYSTEM, clock.instant()));
            if (survivor.absorb(duplicate, SYSTEM, clock.instant())) {
                accounts.save(survivor);
            }
            duplicate.markMerged(survivor.id(), SYSTEM, clock.instant());
            accounts.save(duplicate);
        }
    }
}
