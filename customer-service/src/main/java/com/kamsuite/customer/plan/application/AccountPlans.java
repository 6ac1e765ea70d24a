package com.kamsuite.customer.plan.application;

import com.kamsuite.customer.account.application.DivisionAccounts;
import com.kamsuite.customer.plan.domain.AccountPlan;
import com.kamsuite.customer.plan.domain.PlanContent;
import com.kamsuite.customer.plan.domain.PlanVersion;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Account plans per account per year (C9); saving one adds a version, earlier versions stay readable. */
@Service
public class AccountPlans {

    private final DivisionAccounts accounts;
    private final Clock clock;

    public AccountPlans(DivisionAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public AccountPlan save(String customerId, int year, PlanContent content, String note, CurrentUser user) {
        AtomicReference<AccountPlan> saved = new AtomicReference<>();
        accounts.update(customerId, user, account -> saved.set(account.savePlan(year, content, note, user.personId(), clock.instant())));
        return saved.get();
    }

    public List<AccountPlan> all(String customerId, CurrentUser user) {
        return accounts.require(customerId, user).plans();
    }

    /** The latest version of the year's plan, or the one asked for. */
    public PlanVersion version(String customerId, int year, Integer version, CurrentUser user) {
        AccountPlan plan = accounts.require(customerId, user).plan(year)
                .orElseThrow(() -> new NotFoundException("account-plan", customerId + "/" + year));
        if (version == null) {
            return plan.latest();
        }
        return plan.versions().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("account-plan", customerId + "/" + year + " v" + version));
    }
}
