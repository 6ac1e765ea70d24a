package com.kamsuite.customer.classification.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key-account evaluation on several dimensions, not volume alone (C6): purchase volume and its Pareto rank, growth
 * (small test orders growing fast), industry influence, strategic value, and risk (price pressure, long payment
 * cycles), weighted per division into a score and a tier, with the reasons.
 */
public final class Classifier {

    private Classifier() {
    }

    /**
     * @param wonLast12Months   revenue won from the account in the last 12 months, in the weights' currency
     * @param wonPrevious12Months revenue won in the 12 months before those
     */
    public static Classification classify(String account, BigDecimal wonLast12Months, BigDecimal wonPrevious12Months,
                                          ParetoRanking ranking, Assessment assessment, ClassificationWeights weights,
                                          Instant now) {
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        String currency = weights.currency();

        int volume = ranking.largest().signum() == 0 ? 0
                : wonLast12Months.multiply(BigDecimal.valueOf(100)).divide(ranking.largest(), 0, RoundingMode.HALF_UP).intValue();
        dimensions.put("volume", volume);
        reasons.add("volume: " + wonLast12Months.toPlainString() + " " + currency + " won in the last 12 months ("
                + volume + "/100 of the largest account)");

        var position = ranking.positionOf(account);
        boolean top80 = position.map(ParetoRanking.Position::top80).orElse(false);
        dimensions.put("pareto", top80 ? 100 : 0);
        reasons.add(position.map(p -> "pareto: rank " + p.rank() + " of " + ranking.ranked() + (p.top80()
                        ? ", among the accounts making up the top 80% of the division's revenue"
                        : ", outside the accounts making up the top 80% of the division's revenue"))
                .orElse("pareto: no revenue in the last 12 months"));

        int growth;
        if (wonPrevious12Months.signum() > 0) {
            BigDecimal rate = wonLast12Months.subtract(wonPrevious12Months).divide(wonPrevious12Months, 4, RoundingMode.HALF_UP);
            growth = Math.max(0, Math.min(100, rate.multiply(BigDecimal.valueOf(100)).intValue()));
            reasons.add("growth: " + rate.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + "% year on year");
        } else if (wonLast12Months.signum() > 0) {
            growth = 50;
            reasons.add("growth: new revenue this year (none in the 12 months before)");
        } else {
            growth = 0;
            reasons.add("growth: no revenue");
        }
        dimensions.put("growth", growth);

        int influence = assessment.industryInfluence() * 20;
        int strategic = assessment.strategicValue() * 20;
        dimensions.put("influence", influence);
        dimensions.put("strategic", strategic);
        reasons.add("industry influence " + assessment.industryInfluence() + "/5, strategic value " + assessment.strategicValue() + "/5");

        int paymentRisk = paymentRisk(assessment.averagePaymentDays());
        int risk = Math.max(assessment.pricePressure() * 20, paymentRisk);
        dimensions.put("risk", risk);
        reasons.add("risk " + risk + "/100: price pressure " + assessment.pricePressure() + "/5"
                + (assessment.averagePaymentDays() == null ? "" : ", payment cycle " + assessment.averagePaymentDays() + " days"));

        BigDecimal positive = BigDecimal.valueOf((long) weights.volume() * volume + (long) weights.pareto() * dimensions.get("pareto")
                + (long) weights.growth() * growth + (long) weights.influence() * influence + (long) weights.strategic() * strategic);
        BigDecimal score = positive.subtract(BigDecimal.valueOf((long) weights.risk() * risk))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));

        Tier tier;
        if (score.compareTo(BigDecimal.valueOf(weights.strategicThreshold())) >= 0) {
            tier = Tier.STRATEGIC;
            reasons.add("score " + score.toPlainString() + " >= " + weights.strategicThreshold() + ": strategic account");
        } else if (score.compareTo(BigDecimal.valueOf(weights.keyThreshold())) >= 0) {
            tier = Tier.KEY;
            reasons.add("score " + score.toPlainString() + " >= " + weights.keyThreshold() + ": key account");
        } else if (top80) {
            tier = Tier.KEY;
            reasons.add("score " + score.toPlainString() + " below " + weights.keyThreshold() + ", but in the Pareto top 80%: key account");
        } else {
            tier = Tier.NORMAL;
            reasons.add("score " + score.toPlainString() + " below " + weights.keyThreshold() + ": normal account");
        }
        return new Classification(tier, score, dimensions, reasons, now);
    }

    /** No risk up to 60 days, full risk from 120 days, linear between. */
    static int paymentRisk(Integer days) {
        if (days == null || days <= 60) {
            return 0;
        }
        return Math.min(100, (days - 60) * 100 / 60);
    }
}
