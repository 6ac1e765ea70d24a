package com.kamsuite.customer.loyalty.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loyalty and churn of one account as of a day (C7): retention (how long the relationship lasts), share of wallet
 * (our sales ÷ the customer's category budget) now and a year before, satisfaction, complaints and their resolution
 * time, and the churn-risk flag with its causes.
 */
public record LoyaltyAssessment(LocalDate asOf, int relationshipMonths, BigDecimal sharePercent,
                                BigDecimal previousSharePercent, BigDecimal latestSatisfaction, int openComplaints,
                                BigDecimal averageResolutionDays, boolean churnRisk, List<String> causes) {

    /**
     * @param wonLast12Months     our sales in the 12 months up to {@code asOf}, in the budget's currency
     * @param wonPrevious12Months our sales in the 12 months before those
     * @param budgetNow           the category budget of {@code asOf}'s year, or null when unknown
     * @param budgetBefore        the category budget of the year before, or null when unknown
     */
    public static LoyaltyAssessment assess(LocalDate asOf, LocalDate relationshipSince, BigDecimal wonLast12Months,
                                           BigDecimal wonPrevious12Months, BigDecimal budgetNow, BigDecimal budgetBefore,
                                           List<Survey> surveys, List<Complaint> complaints, ChurnThresholds thresholds) {
        List<String> causes = new ArrayList<>();
        BigDecimal share = percent(wonLast12Months, budgetNow);
        BigDecimal previousShare = percent(wonPrevious12Months, budgetBefore);
        if (share != null && previousShare != null
                && previousShare.subtract(share).compareTo(thresholds.shareDropPoints()) >= 0) {
            causes.add("share of wallet fell from " + previousShare.toPlainString() + "% to " + share.toPlainString() + "%");
        }

        List<Survey> byDate = surveys.stream().sorted(Comparator.comparing(Survey::surveyedOn)).toList();
        BigDecimal latest = byDate.isEmpty() ? null : byDate.get(byDate.size() - 1).score();
        if (latest != null && latest.compareTo(thresholds.satisfactionFloor()) < 0) {
            causes.add("satisfaction " + latest.toPlainString() + " is below " + thresholds.satisfactionFloor().toPlainString());
        }
        if (byDate.size() >= 2) {
            BigDecimal before = byDate.get(byDate.size() - 2).score();
            if (before.subtract(latest).compareTo(thresholds.satisfactionDropPoints()) >= 0) {
                causes.add("satisfaction dropped from " + before.toPlainString() + " to " + latest.toPlainString());
            }
        }

        int open = 0;
        long resolvedDays = 0;
        int resolved = 0;
        for (Complaint complaint : complaints) {
            if (complaint.isOpen()) {
                open++;
                long days = complaint.daysOpen(asOf);
                if (days > thresholds.complaintOpenDays()) {
                    causes.add("complaint \"" + complaint.subject() + "\" open for " + days + " days");
                }
            } else {
                resolved++;
                resolvedDays += complaint.daysOpen(asOf);
            }
        }
        BigDecimal averageResolution = resolved == 0 ? null
                : BigDecimal.valueOf(resolvedDays).divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP);
        int months = relationshipSince == null || relationshipSince.isAfter(asOf) ? 0
                : (int) Period.between(relationshipSince, asOf).toTotalMonths();
        return new LoyaltyAssessment(asOf, months, share, previousShare, latest, open, averageResolution,
                !causes.isEmpty(), List.copyOf(causes));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
