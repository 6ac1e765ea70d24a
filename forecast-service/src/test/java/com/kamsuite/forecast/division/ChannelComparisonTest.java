package com.kamsuite.forecast.division;

import com.kamsuite.events.forecast.ForecastPublished;
import com.kamsuite.forecast.division.domain.ChannelComparison;
import com.kamsuite.forecast.division.domain.DivisionForecast;
import com.kamsuite.forecast.division.domain.PartnerForecast;
import com.kamsuite.forecast.division.domain.PartnerLine;
import com.kamsuite.forecast.division.domain.ProductionFigures;
import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.PeriodKind;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import com.kamsuite.kit.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelComparisonTest {

    static final Period Q1 = new Period("2027-Q1");
    static final Instant NOW = Instant.parse("2026-12-20T08:00:00Z");
    static final ForecastRules RULES = new ForecastRules(PeriodKind.QUARTER, 4, List.of("05", "06", "07"),
            Weighting.STAGE_PROBABILITY, List.of(), List.of(), null, "CNY", 5, Map.of(), "Asia/Shanghai", 0);

    /** The head's submitted roll-up: TX-500 10 × 100 in 2027-02 at 80 % (8.00 units, 800.00), SW-12 2 × 50 in 2027-03 at 50 %. */
    static Forecast headForecast(String submittedTo) {
        ForecastLine tx = ForecastLine.of(opportunity("o1", "06", "80", "1000.00", product("TX-500", "10", "100", "2027-02")), RULES);
        ForecastLine sw = ForecastLine.of(opportunity("o2", "05", "50", "100.00", product("SW-12", "2", "50", "2027-03")), RULES);
        Forecast forecast = Forecast.draft("f-head", "div", Q1, "head", 1, null, null, "CNY", Weighting.STAGE_PROBABILITY,
                List.of(tx, sw), List.of(), List.of(), NOW);
        forecast.submit(submittedTo, "head", NOW);
        return forecast;
    }

    static PartnerForecast partner(String partnerId, PartnerLine... lines) {
        return PartnerForecast.submit("pf-" + partnerId, "div", partnerId, Q1, 1, "CNY", List.of(lines), null, NOW);
    }

    static PartnerLine partnerLine(String product, String month, String quantity, String amount) {
        return new PartnerLine(product, null, month, new BigDecimal(quantity), new BigDecimal(amount), null);
    }

    @Test
    void theVarianceIsPartnersMinusDirectPerProductMonthWithEachPartnersShare() {
        var result = ChannelComparison.compare(headForecast(null).lines(), List.of(
                partner("p-a", partnerLine("TX-500", "2027-02", "6", "600.00"), partnerLine("NEW-1", "2027-02", "1", "10.00")),
                partner("p-b", partnerLine("TX-500", "2027-02", "4", "500.00"))));

        var tx = result.rows().stream().filter(r -> r.productCode().equals("TX-500")).findFirst().orElseThrow();
        assertThat(tx.directQuantity()).isEqualByComparingTo("8.00");
        assertThat(tx.directAmount()).isEqualByComparingTo("800.00");
        assertThat(tx.partnerQuantity()).isEqualByComparingTo("10");
        assertThat(tx.varianceAmount()).isEqualByComparingTo("300.00");
        assertThat(tx.variancePercent()).isEqualByComparingTo("37.50");
        assertThat(tx.partners()).extracting(ChannelComparison.PartnerFigures::partnerId).containsExactly("p-a", "p-b");

        var onlyPartner = result.rows().stream().filter(r -> r.productCode().equals("NEW-1")).findFirst().orElseThrow();
        assertThat(onlyPartner.directAmount()).isEqualByComparingTo("0");
        assertThat(onlyPartner.variancePercent()).isNull();

        var sw = result.rows().stream().filter(r -> r.productCode().equals("SW-12")).findFirst().orElseThrow();
        assertThat(sw.varianceAmount()).isEqualByComparingTo("-50.00");
        assertThat(sw.variancePercent()).isEqualByComparingTo("-100.00");

        assertThat(result.byMonth()).extracting(ChannelComparison.Variance::deliveryMonth).containsExactly("2027-02", "2027-03");
        assertThat(result.byMonth().get(0).varianceAmount()).isEqualByComparingTo("310.00");
        assertThat(result.byProduct()).extracting(ChannelComparison.Variance::productCode).containsExactly("NEW-1", "SW-12", "TX-500");
        assertThat(result.byPartner()).extracting(p -> p.amount().toPlainString()).containsExactly("610.00", "500.00");
        assertThat(result.directAmount()).isEqualByComparingTo("850.00");
        assertThat(result.partnerAmount()).isEqualByComparingTo("1110.00");
    }

    @Test
    void finalisingPublishesDirectPlusIncludedChannelPerProductMonthAndEachFinalisationIsTheNextVersion() {
        DivisionForecast division = DivisionForecast.of("div", Q1);
        Forecast head = headForecast(null);

        division.finalise(head, List.of(), null, "head", NOW);
        division.finalise(head, List.of(partner("p-a", partnerLine("TX-500", "2027-02", "2", "250.00"))), "channel in", "head", NOW);

        assertThat(division.id()).isEqualTo("div:2027-Q1");
        assertThat(division.publishedVersion()).isEqualTo(2);
        ForecastPublished second = division.recordedEvents().stream().map(e -> e.data())
                .filter(ForecastPublished.class::isInstance).map(ForecastPublished.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.totalAmount()).isEqualByComparingTo("1100.00");
        assertThat(second.items()).extracting(ForecastPublished.Item::deliveryMonth)
                .containsExactly(YearMonth.parse("2027-02"), YearMonth.parse("2027-03"));
        ForecastPublished.Item tx = second.items().get(0);
        assertThat(tx.quantity()).isEqualByComparingTo("10.00");
        assertThat(tx.amount()).isEqualByComparingTo("1050.00");
        assertThat(tx.channelQuantity()).isEqualByComparingTo("2");
        assertThat(second.includedPartnerIds()).containsExactly("p-a");
        assertThat(division.versions()).extracting(DivisionForecast.PublishedVersion::note).containsExactly(null, "channel in");
    }

    @Test
    void productsExpectedAtZeroAreNotPublished() {
        ForecastRules category = new ForecastRules(PeriodKind.QUARTER, 4, List.of("04", "06"), Weighting.CATEGORY,
                List.of("06"), List.of(), BigDecimal.ZERO, "CNY", 5, Map.of(), "Asia/Shanghai", 0);
        ForecastLine commit = ForecastLine.of(opportunity("o1", "06", "80", "1000.00", product("TX-500", "10", "100", "2027-02")), category);
        ForecastLine pipeline = ForecastLine.of(opportunity("o2", "04", "40", "500.00", product("SW-12", "5", "100", "2027-03")), category);
        Forecast head = Forecast.draft("f-head", "div", Q1, "head", 1, null, null, "CNY", Weighting.CATEGORY,
                List.of(commit, pipeline), List.of(), List.of(), NOW);
        head.submit(null, "head", NOW);
        DivisionForecast division = DivisionForecast.of("div", Q1);

        division.finalise(head, List.of(), null, "head", NOW);

        assertThat(division.items()).extracting(ProductionFigures.Item::productCode).containsExactly("TX-500");
        assertThat(division.items().get(0).quantity()).isEqualTo(10);
        assertThat(head.amount()).isEqualByComparingTo("1500.00");
    }

    @Test
    void onlyADivisionLevelSubmissionIsFinalised() {
        assertThatThrownBy(() -> DivisionForecast.of("div", Q1).finalise(headForecast("director"), List.of(), null, "head", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPartnerForecastRefusesDuplicateLinesMonthsOutsideTheWindowAndUnexplainedResubmissions() {
        assertThatThrownBy(() -> partner("p", partnerLine("A", "2027-02", "1", "1"), partnerLine("A", "2027-02", "2", "2")))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("duplicate-line"));
        assertThatThrownBy(() -> partner("p", partnerLine("A", "2026-12", "1", "1")))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("delivery-month-out-of-range"));
        assertThatThrownBy(() -> partner("p", partnerLine("A", "2029-01", "1", "1")))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("delivery-month-out-of-range"));
        assertThatThrownBy(() -> PartnerForecast.submit("x", "div", "p", Q1, 2, "CNY", List.of(partnerLine("A", "2027-02", "1", "1")),
                null, NOW)).satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("reason-required"));
    }

    private static PipelineOpportunity opportunity(String id, String stage, String probability, String amount,
                                                   PipelineOpportunity.Product product) {
        return new PipelineOpportunity(id, "c", id, "head", stage, new BigDecimal(probability), new BigDecimal(amount), "CNY",
                LocalDate.parse("2027-02-01"), List.of(product), true, PipelineOpportunity.Status.OPEN, null);
    }

    private static PipelineOpportunity.Product product(String code, String quantity, String price, String month) {
        return new PipelineOpportunity.Product(code, code, new BigDecimal(quantity), new BigDecimal(price), YearMonth.parse(month), null);
    }
}
