package com.kamsuite.forecast.submission.domain;

import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.principles.domain.Category;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.domain.Weight;
import com.kamsuite.forecast.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One confirmed opportunity in a forecast (F2): its amount, win probability, the weight the division's principles
 * give it, the weighted amount, and its products. {@code originalAmount}/{@code originalWeightPercent} are the values
 * the opportunity gave; {@code adjustments} every revision by a superior since. {@code sourceForecastId} is null for
 * the owner's own line, else the subordinate's submission the line came up with.
 */
public record ForecastLine(String opportunityId, String customerId, String name, String ownerId, String stage,
                           BigDecimal probability, Category category, LocalDate expectedCloseDate, BigDecimal amount,
                           BigDecimal weightPercent, BigDecimal weightedAmount, BigDecimal originalAmount,
                           BigDecimal originalWeightPercent, List<LineAdjustment> adjustments, String sourceForecastId,
                           List<ProductLine> products) {

    public ForecastLine {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** The line of a confirmed opportunity of the owner, weighted by the division's rules. */
    public static ForecastLine of(PipelineOpportunity opportunity, ForecastRules rules) {
        Weight weight = rules.weigh(opportunity.stage(), opportunity.probability());
        BigDecimal amount = Money.round(opportunity.amount());
        BigDecimal weighted = LineMath.weighted(amount, weight.percent());
        List<ProductLine> products = opportunity.products().stream()
                .map(p -> new ProductLine(p.productCode(), p.productName(), p.deliveryMonth().toString(), p.quantity(),
                        p.unitPrice(), null, null, p.unit()))
                .toList();
        return new ForecastLine(opportunity.opportunityId(), opportunity.customerId(), opportunity.name(),
                opportunity.ownerId(), opportunity.stage(), opportunity.probability(), weight.category(),
                opportunity.expectedCloseDate(), amount, weight.percent(), weighted, amount, weight.percent(), List.of(),
                null, LineMath.spread(products, weight.percent(), weighted));
    }

    /** The same line as it comes up in a superior's forecast from a subordinate's submission. */
    ForecastLine from(String forecastId) {
        return new ForecastLine(opportunityId, customerId, name, ownerId, stage, probability, category, expectedCloseDate,
                amount, weightPercent, weightedAmount, originalAmount, originalWeightPercent, adjustments, forecastId, products);
    }

    ForecastLine adjusted(BigDecimal newAmount, BigDecimal newWeightPercent, String reason, String by, Instant now) {
        List<LineAdjustment> history = new ArrayList<>(adjustments);
        history.add(new LineAdjustment(now, by, reason, amount, weightPercent, newAmount, newWeightPercent));
        BigDecimal weighted = LineMath.weighted(newAmount, newWeightPercent);
        return new ForecastLine(opportunityId, customerId, name, ownerId, stage, probability, category, expectedCloseDate,
                newAmount, newWeightPercent, weighted, originalAmount, originalWeightPercent, history, sourceForecastId,
                LineMath.spread(products, newWeightPercent, weighted));
    }

    public boolean isOwn() {
        return sourceForecastId == null;
    }
}
