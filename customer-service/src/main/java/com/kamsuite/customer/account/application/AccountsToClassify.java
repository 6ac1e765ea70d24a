package com.kamsuite.customer.account.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.AccountStatus;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.classification.application.ClassifiedAccounts;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The accounts the classification feature evaluates: the active ones. */
@Component
class AccountsToClassify implements ClassifiedAccounts {

    private final DivisionAccounts divisionAccounts;
    private final AccountRepository accounts;

    AccountsToClassify(DivisionAccounts divisionAccounts, AccountRepository accounts) {
        this.divisionAccounts = divisionAccounts;
        this.accounts = accounts;
    }

    @Override
    public ClassifiedAccount require(String customerId, CurrentUser user) {
        return classified(divisionAccounts.require(customerId, user));
    }

    @Override
    public Optional<ClassifiedAccount> active(String customerId, String divisionId) {
        return accounts.find(customerId, divisionId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountsToClassify::classified);
    }

    @Override
    public List<ClassifiedAccount> activeOf(String divisionId) {
        return accounts.activeOf(divisionId).stream().map(AccountsToClassify::classified).toList();
    }

    @Override
    public List<ClassifiedAccount> activeOfCustomer(String customerId) {
        return accounts.allDivisionsOf(customerId).stream().filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountsToClassify::classified).toList();
    }

    private static ClassifiedAccount classified(Account account) {
        return new ClassifiedAccount(account.id(), account.customerId(), account.divisionId());
    }
}
