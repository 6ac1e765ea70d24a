package com.kamsuite.customer.assignment.application;

import com.kamsuite.customer.account.application.DivisionAccounts;
import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.assignment.domain.TerritoryRules;
import com.kamsuite.customer.assignment.persistence.AssignmentRuleReplica;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** Assignment by hand (C3), the division's unassigned queue, and the rules it was assigned by. */
@Service
public class ManualAssignment {

    private final DivisionAccounts divisionAccounts;
    private final AccountRepository accounts;
    private final AssignmentRuleReplica rules;
    private final Clock clock;

    public ManualAssignment(DivisionAccounts divisionAccounts, AccountRepository accounts, AssignmentRuleReplica rules, Clock clock) {
        this.divisionAccounts = divisionAccounts;
        this.accounts = accounts;
        this.rules = rules;
        this.clock = clock;
    }

    public Account assign(String customerId, String accountManagerId, String reason, CurrentUser user) {
        return divisionAccounts.update(customerId, user,
                account -> account.assign(accountManagerId, null, reason, user.personId(), clock.instant()));
    }

    public List<Account> unassigned(CurrentUser user) {
        return accounts.unassigned(user.divisionId());
    }

    public TerritoryRules rules(CurrentUser user) {
        return rules.of(user.divisionId());
    }
}
