package com.kamsuite.customer.plan.domain;

import com.kamsuite.customer.common.domain.ArchiveRoot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The yearly plans of a division's relationship with a customer (C9): one plan per year, each saved as a new version,
 * earlier versions kept; with their history. Its id is the account's.
 */
public class AccountPlanning extends ArchiveRoot {

    private List<AccountPlan> plans = new ArrayList<>();

    private AccountPlanning() {
    }

    /** The planning of an account without a plan yet. */
    public static AccountPlanning of(String accountId, String customerId, String divisionId) {
        AccountPlanning planning = new AccountPlanning();
        planning.identify(accountId, customerId, divisionId);
        return planning;
    }

    /** Saves the year's plan as its next version. */
    public AccountPlan save(int year, PlanContent content, String note, String by, Instant now) {
        AccountPlan before = plan(year).orElse(new AccountPlan(year, List.of()));
        AccountPlan after = before.revise(content, note, by, now);
        plans.remove(before);
        plans.add(after);
        plans.sort(Comparator.comparingInt(AccountPlan::year));
        keep(log(by, now).field("PLAN", "plan." + year, before.versions().isEmpty() ? null : before.latest().version(),
                after.latest().version(), false));
        return after;
    }

    /** Takes over the plans of years this account lacks from a duplicate merged into this customer, and its history. */
    public boolean absorb(AccountPlanning duplicate, String by, Instant now) {
        if (absorbed(duplicate.id())) {
            return false;
        }
        duplicate.plans.stream().filter(p -> plan(p.year()).isEmpty()).forEach(plans::add);
        plans.sort(Comparator.comparingInt(AccountPlan::year));
        absorbHistory(duplicate, by, now);
        return true;
    }

    public Optional<AccountPlan> plan(int year) {
        return plans.stream().filter(p -> p.year() == year).findFirst();
    }


    public List<AccountPlan> plans() {
        return List.copyOf(plans);
    }
}
