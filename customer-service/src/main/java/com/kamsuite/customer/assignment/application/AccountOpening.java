package com.kamsuite.customer.assignment.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.assignment.domain.TerritoryRules;
import com.kamsuite.customer.assignment.persistence.AssignmentRuleReplica;
import com.kamsuite.customer.master.application.RelationshipOpening;
import com.kamsuite.customer.master.domain.BasicInfo;
import com.kamsuite.customer.master.domain.Customer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Opens a division's relationship with a customer and assigns it (C3): to the account manager of the first matching
 * territory rule of the division, or to the division's unassigned queue when no rule matches, never to nobody
 * silently. Also drains the queue when a new rule set arrives.
 */
@Service
public class AccountOpening implements RelationshipOpening {

    static final String SYSTEM = "system";

    private final AccountRepository accounts;
    private final AssignmentRuleReplica rules;
    private final Clock clock;

    public AccountOpening(AccountRepository accounts, AssignmentRuleReplica rules, Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.clock = clock;
    }

    /** The division's relationship with the customer, opened and assigned now if it did not exist. */
    public Account open(Customer customer, String divisionId, String person) {
        var existing = accounts.find(customer.id(), divisionId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = Account.open(customer.id(), divisionId, person, clock.instant());
        assignByRules(account, customer.basic(), rules.of(divisionId));
        try {
            return accounts.save(account);
        } catch (DuplicateKeyException openedConcurrently) {
            return accounts.find(customer.id(), divisionId).orElseThrow(() -> openedConcurrently);
        }
    }

    @Override
    public Optional<String> openFor(Customer customer, String divisionId, String person) {
        return Optional.ofNullable(open(customer, divisionId, person).ownerId());
    }

    /** Assigns the queued accounts of a division that the division's current rules now cover. */
    public int drainQueue(String divisionId, java.util.function.Function<String, BasicInfo> basicOf) {
        TerritoryRules current = rules.of(divisionId);
        int assigned = 0;
        List<Account> queued = accounts.unassigned(divisionId);
        for (Account account : queued) {
            BasicInfo basic = basicOf.apply(account.customerId());
            if (basic != null && current.match(basic.region(), basic.industry(), sizeOf(basic)).isPresent()) {
                assignByRules(account, basic, current);
                accounts.save(account);
                assigned++;
            }
        }
        return assigned;
    }

    private void assignByRules(Account account, BasicInfo basic, TerritoryRules current) {
        var rule = current.match(basic.region(), basic.industry(), sizeOf(basic));
        if (rule.isPresent()) {
            account.assign(rule.get().accountManagerId(), rule.get().ruleId(),
                    "territory rule " + rule.get().ruleId() + " of rule set " + current.ruleSetId() + " v" + current.version(),
                    SYSTEM, clock.instant());
        } else {
            account.assign(null, null, "no territory rule matches region " + basic.region() + ", industry "
                    + basic.industry() + ", size " + sizeOf(basic) + ": queued for sales operations", SYSTEM, clock.instant());
        }
    }

    private static String sizeOf(BasicInfo basic) {
        return basic.size() == null ? null : basic.size().name();
    }
}
