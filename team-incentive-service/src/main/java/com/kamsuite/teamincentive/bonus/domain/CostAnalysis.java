package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.sales.domain.OpenOpportunity;
import com.kamsuite.teamincentive.shared.domain.Money;
import com.kamsuite.teamincentive.shared.domain.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected cost of a plan for one period, before it is approved: the total payout and its cost as % of revenue
 * if every participant attained 50, 80, 100, 120 or 150 % of quota (no clawback, factor 1, the draw as a floor), and
 * the distribution of payouts projected from the current pipeline (credits won so far in the period plus open
 * opportunities expected to close in it, weighted by their stage's probability; the primary owner gets the whole).
 */
public record CostAnalysis(String period, List<Scenario> scenarios, List<Projection> projections, Summary projected,
                           List<String> withoutQuota) {

    public static final List<BigDecimal> DEFAULT_SCENARIOS = List.of(new BigDecimal("50"), new BigDecimal("80"),
            new BigDecimal("100"), new BigDecimal("120"), new BigDecimal("150"));

    public record Scenario(BigDecimal attainmentPercent, BigDecimal revenue, BigDecimal payout, BigDecimal costPercent,
                           int peopleCapped) {
    }

    public record Projection(String personId, BigDecimal quota, BigDecimal wonSoFar, BigDecimal weightedPipeline,
                             BigDecimal projectedRevenue, BigDecimal projectedAttainmentPercent, BigDecimal projectedPayout) {
    }

    public record Summary(BigDecimal totalRevenue, BigDecimal totalPayout, BigDecimal costPercent, BigDecimal minimum,
                          BigDecimal median, BigDecimal maximum) {
    }

    public static CostAnalysis of(PlanRules rules, Period period, List<String> participants, Map<String, BigDecimal> quotas,
                                  List<Credit> creditsWon, List<OpenOpportunity> pipeline, List<BigDecimal> scenarioPercents) {
        PayoutCalculator calculator = new PayoutCalculator(rules);
        List<String> people = participants.stream().sorted().distinct().toList();
        List<String> withoutQuota = people.stream().filter(p -> quotas.get(p) == null).toList();

        List<Scenario> scenarios = new ArrayList<>();
        for (BigDecimal percent : scenarioPercents) {
            BigDecimal revenue = Money.ZERO;
            BigDecimal payout = Money.ZERO;
            int capped = 0;
            for (String person : people) {
                BigDecimal quota = quotas.get(person);
                if (quota == null) {
                    continue;
                }
                BigDecimal personRevenue = Money.round(Money.ofPercent(quota, percent));
                Statement statement = calculator.calculate(new PayoutInput(person, period, quota,
                        List.of(new Credit("scenario", "scenario", person, personRevenue, rules.currency(), period.start(), null)),
                        List.of(), null, BigDecimal.ZERO));
                revenue = revenue.add(personRevenue);
                payout = payout.add(statement.payout());
                capped += statement.lines().stream().anyMatch(l -> l.code().equals("cap")) ? 1 : 0;
            }
            scenarios.add(new Scenario(percent, revenue, payout, Money.percent(payout, revenue), capped));
        }

        Map<String, BigDecimal> won = new HashMap<>();
        creditsWon.stream().filter(c -> rules.currency().equals(c.currency()) && period.contains(c.wonOn())
                        && c.standsOn(period.end()))
                .forEach(c -> won.merge(c.personId(), c.amount(), BigDecimal::add));
        Map<String, BigDecimal> open = new HashMap<>();
        pipeline.stream().filter(o -> rules.currency().equals(o.currency()) && o.expectedCloseDate() != null
                        && period.contains(o.expectedCloseDate()))
                .forEach(o -> open.merge(o.ownerId(), o.weightedAmount(), BigDecimal::add));
        List<Projection> projections = new ArrayList<>();
        for (String person : people) {
            BigDecimal wonSoFar = Money.round(won.getOrDefault(person, BigDecimal.ZERO));
            BigDecimal weighted = Money.round(open.getOrDefault(person, BigDecimal.ZERO));
            BigDecimal projected = wonSoFar.add(weighted);
            BigDecimal quota = quotas.get(person);
            Statement statement = calculator.calculate(new PayoutInput(person, period, quota,
                    List.of(new Credit("projection", "projection", person, projected, rules.currency(), period.start(), null)),
                    List.of(), null, BigDecimal.ZERO));
            projections.add(new Projection(person, quota, wonSoFar, weighted, projected,
                    quota == null ? null : Money.percent(projected, quota), statement.payout()));
        }
        List<BigDecimal> payouts = projections.stream().map(Projection::projectedPayout).sorted().toList();
        BigDecimal totalRevenue = projections.stream().map(Projection::projectedRevenue).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal totalPayout = payouts.stream().reduce(Money.ZERO, BigDecimal::add);
        Summary summary = new Summary(totalRevenue, totalPayout, Money.percent(totalPayout, totalRevenue),
                payouts.isEmpty() ? Money.ZERO : payouts.get(0), median(payouts),
                payouts.isEmpty() ? Money.ZERO : payouts.get(payouts.size() - 1));
        projections.sort(Comparator.comparing(Projection::projectedPayout).reversed().thenComparing(Projection::personId));
        return new CostAnalysis(period.code(), scenarios, projections, summary, withoutQuota);
    }

    /** The middle payout; for an even count the mean of the two middle ones, half-up to 2 decimals. */
    private static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return Money.ZERO;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : Money.round(sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2)));
    }
}
