package com.kamsuite.customer.plan.application;

import com.kamsuite.customer.account.application.AccountFeatureHistory;
import com.kamsuite.customer.account.application.DivisionAccounts;
import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.customer.master.application.CustomerMergeFollowUp;
import com.kamsuite.customer.plan.domain.AccountPlan;
import com.kamsuite.customer.plan.domain.AccountPlanning;
import com.kamsuite.customer.plan.domain.PlanContent;
import com.kamsuite.customer.plan.domain.PlanVersion;
import com.kamsuite.customer.plan.persistence.PlanRepository;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** Account plans per account per year (C9); saving one adds a version, earlier versions stay readable. */
@Service
@Order(CustomerMergeFollowUp.ACCOUNT_FEATURES)
public class AccountPlans implements AccountFeatureHistory, CustomerMergeFollowUp {

    static final String SYSTEM = "system";

    private final DivisionAccounts accounts;
    private final PlanRepository plannings;
    private final Clock clock;

    public AccountPlans(DivisionAccounts accounts, PlanRepository plannings, Clock clock) {
        this.accounts = accounts;
        this.plannings = plannings;
        this.clock = clock;
    }

    public AccountPlan save(String customerId, int year, PlanContent content, String note, CurrentUser user) {
        AccountPlanning planning = planningOf(accounts.require(customerId, user));
        AccountPlan saved = planning.save(year, content, note, user.personId(), clock.instant());
        plannings.save(planning);
        return saved;
    }

    public List<AccountPlan> all(String customerId, CurrentUser user) {
        return planningOf(accounts.require(customerId, user)).plans();
    }

    /** The latest version of the year's plan, or the one asked for. */
    public PlanVersion version(String customerId, int year, Integer version, CurrentUser user) {
        AccountPlan plan = planningOf(accounts.require(customerId, user)).plan(year)
                .orElseThrow(() -> new NotFoundException("account-plan", customerId + "/" + year));
        if (version == null) {
            return plan.latest();
        }
        return plan.versions().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("account-plan", customerId + "/" + year + " v" + version));
    }

    @Override
    public List<Change> historyOf(String accountId) {
        return plannings.find(accountId).map(AccountPlanning::history).orElse(List.of());
    }

    /** The duplicate's plans in each division are taken over by the division's relationship with the survivor. */
    @Override
    public void customerMerged(String mergedId, String survivorId) {
        for (AccountPlanning duplicate : plannings.allDivisionsOf(mergedId)) {
            String survivorAccount = Account.idOf(survivorId, duplicate.divisionId());
            AccountPlanning survivor = plannings.find(survivorAccount)
                    .orElseGet(() -> AccountPlanning.of(survivorAccount, survivorId, duplicate.divisionId()));
            if (survivor.absorb(duplicate, SYSTEM, clock.instant())) {
                plannings.save(survivor);
            }
        }
    }

    private AccountPlanning planningOf(Account account) {
        return plannings.find(account.id()).orElseGet(() -> AccountPlanning.of(account.id(), account.customerId(), account.divisionId()));
    }
}
