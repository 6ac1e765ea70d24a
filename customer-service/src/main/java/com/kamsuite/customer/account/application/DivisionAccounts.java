package com.kamsuite.customer.account.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.AccountStatus;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.master.application.Customers;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.function.Consumer;

/**
 * The caller's division's relationship with a customer (a merged customer's id leads to the survivor's), or 404:
 * exactly as if it did not exist when it belongs to another division.
 */
@Service
public class DivisionAccounts {

    private final AccountRepository accounts;
    private final Customers customers;

    public DivisionAccounts(AccountRepository accounts, Customers customers) {
        this.accounts = accounts;
        this.customers = customers;
    }

    public Account require(String customerId, CurrentUser user) {
        Customer customer = customers.get(customerId);
        return accounts.find(customer.id(), user.divisionId())
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("account", customerId));
    }

    /** Loads the account, changes it and saves it (the state and its events in one write). */
    public Account update(String customerId, CurrentUser user, Consumer<Account> change) {
        Account account = require(customerId, user);
        change.accept(account);
        return accounts.save(account);
    }
}
