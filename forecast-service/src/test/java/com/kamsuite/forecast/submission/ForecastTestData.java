package com.kamsuite.forecast.submission;

import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.shared.domain.PeriodKind;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Object mother for forecast domain tests. */
final class ForecastTestData {

    static final Period Q1 = new Period("2027-Q1");
    static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    static final ForecastRules RULES = new ForecastRules(PeriodKind.QUARTER, 4, List.of("04", "05", "06", "07"),
            Weighting.STAGE_PROBABILITY, List.of("06", "07"), List.of("05"), new BigDecimal("50"), "CNY", 5, Map.of(),
            "Asia/Shanghai", 0);

    private ForecastTestData() {
    }

    static PipelineOpportunity opportunity(String id, String owner, String stage, String probability, String amount,
                                           PipelineOpportunity.Product... products) {
        return new PipelineOpportunity(id, "cust-" + id, "Opportunity " + id, owner, stage, new BigDecimal(probability),
                new BigDecimal(amount), "CNY", LocalDate.parse("2027-02-15"), List.of(products), true,
                PipelineOpportunity.Status.OPEN, null);
    }

    static PipelineOpportunity.Product product(String code, String quantity, String price, String month) {
        return new PipelineOpportunity.Product(code, "Product " + code, new BigDecimal(quantity),
                price == null ? null : new BigDecimal(price), YearMonth.parse(month), null);
    }

    static ForecastLine line(PipelineOpportunity opportunity) {
        return ForecastLine.of(opportunity, RULES);
    }

    /** A draft of {@code owner} with these own lines and subordinates' submissions. */
    static Forecast draft(String id, String owner, List<ForecastLine> own, List<Forecast> subordinates) {
        return Forecast.draft(id, "div", Q1, owner, 1, null, null, "CNY", Weighting.STAGE_PROBABILITY, own, subordinates,
                List.of(), NOW);
    }

    static Forecast submitted(String id, String owner, String superior, Instant at, ForecastLine... own) {
        Forecast forecast = draft(id, owner, List.of(own), List.of());
        forecast.submit(superior, owner, at);
        return forecast;
    }
}
