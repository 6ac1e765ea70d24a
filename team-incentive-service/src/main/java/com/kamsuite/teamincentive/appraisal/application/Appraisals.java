package com.kamsuite.teamincentive.appraisal.application;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.appraisal.domain.Appraisal;
import com.kamsuite.teamincentive.appraisal.domain.AppraisalPolicy;
import com.kamsuite.teamincentive.org.application.Organisation;
import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.org.domain.Person;
import com.kamsuite.teamincentive.org.domain.SalesRole;
import com.kamsuite.teamincentive.quota.application.QuotaPlanning;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.sales.domain.KeyAccounts;
import com.kamsuite.teamincentive.sales.persistence.SalesLedger;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** T5: appraisals per person per period, from attainment and the key accounts served. */
@Service
public class Appraisals {

    private static final Set<String> READERS = Set.of("HR", "DIVISION_HEAD", "SALES_OPERATIONS");
    private static final Set<SalesRole> SALES_ROLES = Set.of(SalesRole.ACCOUNT_MANAGER, SalesRole.SALES_MANAGER,
            SalesRole.SALES_DIRECTOR);

    private final Organisation organisation;
    private final QuotaPlanning quotas;
    private final SalesLedger ledger;

    public Appraisals(Organisation organisation, QuotaPlanning quotas, SalesLedger ledger) {
        this.organisation = organisation;
        this.quotas = quotas;
        this.ledger = ledger;
    }

    /** One person's appraisal: for the person, the people above them, HR, sales operations and the division head. */
    public Appraisal appraise(String personId, String periodCode, CurrentUser user) {
        Period period = new Period(periodCode);
        organisation.person(personId, user);
        Hierarchy hierarchy = organisation.hierarchy(user.divisionId());
        if (!user.personId().equals(personId) && READERS.stream().noneMatch(user::hasRole)
                && !hierarchy.isAbove(user.personId(), personId, period.end())) {
            throw new ForbiddenException("forbidden", user.personId() + " may not read the appraisal of " + personId);
        }
        return appraise(List.of(personId), period, user.divisionId()).get(0);
    }

    /** Everyone in a sales role on the period's last day. */
    public List<Appraisal> appraiseAll(String periodCode, CurrentUser user) {
        Period period = new Period(periodCode);
        List<String> people = organisation.people(user).stream()
                .filter(p -> p.lineOn(period.end()).map(line -> line.roles().stream().anyMatch(SALES_ROLES::contains)).orElse(false))
                .map(Person::id).toList();
        return appraise(people, period, user.divisionId());
    }

    private List<Appraisal> appraise(List<String> people, Period period, String division) {
        List<QuotaPlan> inForce = quotas.inForce(division);
        List<Credit> credits = ledger.creditsWonBetween(division, period.start(), period.end());
        KeyAccounts accounts = new KeyAccounts(ledger.accounts(division));
        Set<String> keyAccountIds = accounts.keyAccountIds();
        Map<String, BigDecimal> satisfaction = accounts.averageSatisfactionOn(period.end());
        BigDecimal divisionKeyAccountRevenue = credits.stream()
                .filter(c -> keyAccountIds.contains(c.customerId()) && c.standsOn(period.end()))
                .map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return people.stream().map(person -> AppraisalPolicy.appraise(person, period,
                quotas.quotaOf(division, person, period.months(), inForce).orElse(null), credits, keyAccountIds,
                accounts.servedBy(person, period.end()), satisfaction.get(person), divisionKeyAccountRevenue)).toList();
    }
}
