package com.kamsuite.teamincentive.appraisal.domain;

import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Money;
import com.kamsuite.teamincentive.shared.domain.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a period's appraisal weighs sales and key accounts (T5: the appraisal of everyone serving key accounts includes
 * the accounts' satisfaction and their contribution).
 * <ul>
 * <li>Attainment A = revenue / quota × 100 (credits won in the period, standing at its end); counted up to 150.</li>
 * <li>Satisfaction S = the average latest score (0–100) of the key accounts whose latest survey names the person.</li>
 * <li>Key-account share K = revenue from key accounts / revenue × 100 (how much of the person's business the key
 * accounts contribute); the share of the division's key-account revenue is shown too, for information.</li>
 * <li>Key-account score = (25 S + 15 K) / 40, or K alone without surveys.</li>
 * <li>Score = 0.6 × min(A, 150) + 0.4 × key-account score; without a quota, the key-account score alone.</li>
 * <li>Rating: A from 95, B from 80, C from 60, D below.</li>
 * </ul>
 * Every figure is rounded half-up to 2 decimals.
 */
public final class AppraisalPolicy {

    private static final BigDecimal CAP = BigDecimal.valueOf(150);

    private AppraisalPolicy() {
    }

    public static Appraisal appraise(String personId, Period period, BigDecimal quota, List<Credit> credits,
                                     Set<String> keyAccountIds, List<String> accountsServed, BigDecimal satisfaction,
                                     BigDecimal divisionKeyAccountRevenue) {
        List<String> explanation = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal keyAccountRevenue = BigDecimal.ZERO;
        for (Credit credit : credits) {
            if (credit.personId().equals(personId) && period.contains(credit.wonOn()) && credit.standsOn(period.end())) {
                revenue = revenue.add(credit.amount());
                if (keyAccountIds.contains(credit.customerId())) {
                    keyAccountRevenue = keyAccountRevenue.add(credit.amount());
                }
            }
        }
        revenue = Money.round(revenue);
        keyAccountRevenue = Money.round(keyAccountRevenue);
        BigDecimal attainment = quota == null ? null : Money.percent(revenue, quota);
        BigDecimal share = Money.percent(keyAccountRevenue, revenue);
        BigDecimal contribution = Money.percent(keyAccountRevenue, divisionKeyAccountRevenue);
        explanation.add(attainment == null ? "no quota for " + period.code()
                : "attainment %s %% = %s / %s".formatted(attainment.toPlainString(), revenue.toPlainString(), quota.toPlainString()));
        explanation.add("key accounts bring %s of %s (%s %%), %s %% of the division's key-account revenue"
                .formatted(keyAccountRevenue.toPlainString(), revenue.toPlainString(), share.toPlainString(), contribution.toPlainString()));

        BigDecimal keyAccountScore;
        if (satisfaction == null) {
            keyAccountScore = share;
            explanation.add("no satisfaction survey of the accounts served: key-account score = share " + share.toPlainString());
        } else {
            keyAccountScore = Money.round(satisfaction.multiply(BigDecimal.valueOf(25)).add(share.multiply(BigDecimal.valueOf(15)))
                    .divide(BigDecimal.valueOf(40), Money.SCALE + 4, Money.ROUNDING));
            explanation.add("key-account score (25 × satisfaction %s + 15 × share %s) / 40 = %s".formatted(
                    satisfaction.toPlainString(), share.toPlainString(), keyAccountScore.toPlainString()));
        }
        BigDecimal score = attainment == null ? keyAccountScore
                : Money.round(attainment.min(CAP).multiply(new BigDecimal("0.6")).add(keyAccountScore.multiply(new BigDecimal("0.4"))));
        String rating = score.compareTo(BigDecimal.valueOf(95)) >= 0 ? "A" : score.compareTo(BigDecimal.valueOf(80)) >= 0 ? "B"
                : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "C" : "D";
        explanation.add(attainment == null ? "score = key-account score " + score.toPlainString()
                : "score 0.6 × min(%s, 150) + 0.4 × %s = %s → %s".formatted(attainment.toPlainString(),
                keyAccountScore.toPlainString(), score.toPlainString(), rating));
        return new Appraisal(personId, period.code(), quota, revenue, attainment, accountsServed, satisfaction, keyAccountRevenue,
                share, contribution, keyAccountScore, score, rating, explanation);
    }
}
