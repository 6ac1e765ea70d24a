package com.kamsuite.teamincentive.bonus.application;

import com.kamsuite.teamincentive.bonus.domain.BonusPlan;
import com.kamsuite.teamincentive.bonus.domain.PaidFigures;
import com.kamsuite.teamincentive.bonus.domain.PayoutBatch;
import com.kamsuite.teamincentive.bonus.domain.PayoutRun;
import com.kamsuite.teamincentive.bonus.domain.PayoutStatus;
import com.kamsuite.teamincentive.quota.application.QuotaPlanning;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.sales.domain.KeyAccounts;
import com.kamsuite.teamincentive.sales.persistence.SalesLedger;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads, once per calculation, everything the payouts of a period depend on: quotas from the quota plans in force,
 * credits won and reversed in the period from the ledger, satisfaction of the key accounts, and the figures and
 * balances of the plan's locked (approved) periods.
 */
@Component
public class PayoutInputs {

    private final QuotaPlanning quotas;
    private final SalesLedger ledger;

    public PayoutInputs(QuotaPlanning quotas, SalesLedger ledger) {
        this.quotas = quotas;
        this.ledger = ledger;
    }

    public PayoutBatch.Inputs load(BonusPlan plan, Period period, List<PayoutRun> runsOfPlan) {
        String division = plan.divisionId();
        List<QuotaPlan> inForce = quotas.inForce(division);
        Map<String, BigDecimal> personQuotas = new HashMap<>();
        for (String person : plan.participantIds()) {
            quotas.quotaOf(division, person, period.months(), inForce).ifPresent(q -> personQuotas.put(person, q));
        }
        List<PayoutRun> locked = runsOfPlan.stream().filter(r -> r.status() == PayoutStatus.APPROVED)
                .filter(r -> r.period().compareTo(period) < 0).sorted(Comparator.comparing(PayoutRun::period)).toList();
        Map<String, Map<String, PaidFigures>> paid = new HashMap<>();
        Map<String, BigDecimal> balances = new HashMap<>();
        for (PayoutRun run : locked) {
            for (PayoutRun.PersonResult result : run.people()) {
                paid.computeIfAbsent(result.personId(), k -> new HashMap<>())
                        .put(run.period().code(), new PaidFigures(run.period(), result.revenue(), result.earned()));
                balances.put(result.personId(), result.balanceCarriedForward());
            }
        }
        return new PayoutBatch.Inputs(plan.id() + "#" + plan.planVersion(), plan.rules(), period, plan.participantIds(),
                personQuotas, ledger.creditsWonBetween(division, period.start(), period.end()),
                ledger.creditsReversedBetween(division, period.start(), period.end()), paid,
                new KeyAccounts(ledger.accounts(division)).averageSatisfactionOn(period.end()), balances);
    }
}
