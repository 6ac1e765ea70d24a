package com.kamsuite.forecast.division;

import com.kamsuite.events.forecast.ForecastPublishedV2;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** F4, kam.forecast.published.v2: items in whole units that add up to the total, after every total adjustment. */
class ProductionFiguresTest {

    static final Period Q1 = new Period("2027-Q1");
    static final Instant NOW = Instant.parse("2026-12-20T08:00:00Z");
    static final ForecastRules RULES = new ForecastRules(PeriodKind.QUARTER, 4, List.of("04", "05", "06", "07"),
            Weighting.STAGE_PROBABILITY, List.of(), List.of(), null, "CNY", 5, Map.of(), "Asia/Shanghai", 0);

    /**
     * The case of the issue: 52 cabinets at 40 % (20.80 expected, 520,000.00) and 10 transformers at 80 % (8.00,
     * 610,000.00), 1,130,000.00 in products; the director adjusts the total by −40,000.00.
     */
    static Forecast adjustedForecast() {
        ForecastLine cabinets = ForecastLine.of(opportunity("o1", "04", "40", "1300000.00",
                product("KYN28-12", "52", "25000", "2027-05", null)), RULES);
        ForecastLine transformers = ForecastLine.of(opportunity("o2", "06", "80", "762500.00",
                product("SCB13-1000", "10", "76250", "2027-06", "SET")), RULES);
        Forecast forecast = Forecast.draft("f-head", "div", Q1, "head", 1, null, null, "CNY", Weighting.STAGE_PROBABILITY,
                List.of(cabinets, transformers), List.of(), List.of(), NOW);
        forecast.adjustTotal(new BigDecimal("1090000.00"), "two framework orders slip", "head", NOW);
        forecast.submit(null, "head", NOW);
        return forecast;
    }

    @Test
    void aTotalAdjustmentIsSpreadOverTheDirectItemsSoTheyAddUpToTheTotal() {
        ProductionFigures.Result figures = ProductionFigures.of(adjustedForecast(), List.of());

        assertThat(figures.totalAmount()).isEqualByComparingTo("1090000.00");
        assertThat(sum(figures.items())).isEqualByComparingTo(figures.totalAmount());
        // −40,000 × 520/1,130 = −18,407.0796…, −40,000 × 610/1,130 = −21,592.9203…: floors, the last cent to the larger fraction
        assertThat(figures.items()).extracting(i -> i.amount().toPlainString()).containsExactly("501592.92", "588407.08");
        assertThat(figures.items()).allSatisfy(i -> assertThat(i.amount().scale()).isEqualTo(2));
    }

    @Test
    void quantitiesAreWholeUnitsOfTheProductsUnitAndMoneyNeverChangesThem() {
        ProductionFigures.Result figures = ProductionFigures.of(adjustedForecast(), List.of());

        assertThat(figures.items()).extracting(ProductionFigures.Item::productCode, ProductionFigures.Item::unit,
                        ProductionFigures.Item::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KYN28-12", "C62", 21L),
                        org.assertj.core.groups.Tuple.tuple("SCB13-1000", "SET", 8L));
    }

    @Test
    void weightedQuantitiesAreRoundedOncePerItemNotPerLine() {
        ForecastLine first = ForecastLine.of(opportunity("o1", "04", "40", "100.00", product("TX", "1", "100", "2027-02", null)), RULES);
        ForecastLine second = ForecastLine.of(opportunity("o2", "04", "40", "100.00", product("TX", "1", "100", "2027-02", null)), RULES);

        var figures = ProductionFigures.of(submitted(first, second), List.of());

        assertThat(figures.items()).singleElement().satisfies(item -> {
            assertThat(item.quantity()).as("0.4 + 0.4 = 0.8 → 1, not 0 + 0").isEqualTo(1);
            assertThat(item.amount()).isEqualByComparingTo("80.00");
        });
    }

    @Test
    void quantitiesOfDifferentUnitsAreNeverAdded() {
        ForecastLine metres = ForecastLine.of(opportunity("o1", "07", "100", "500.00", product("CBL", "500", "1", "2027-02", "MTR")), RULES);
        ForecastLine drums = ForecastLine.of(opportunity("o2", "07", "100", "100.00", product("CBL", "2", "50", "2027-02", "LO")), RULES);

        var figures = ProductionFigures.of(submitted(metres, drums), List.of());

        assertThat(figures.items()).extracting(ProductionFigures.Item::unit, ProductionFigures.Item::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LO", 2L), org.assertj.core.groups.Tuple.tuple("MTR", 500L));
    }

    @Test
    void theAmountOfALineWithoutProductsIsCarriedByTheProductsButAddsNoUnits() {
        ForecastLine withProducts = ForecastLine.of(opportunity("o1", "07", "100", "300.00", product("TX", "3", "100", "2027-02", null)), RULES);
        ForecastLine services = ForecastLine.of(new PipelineOpportunity("o2", "c", "o2", "head", "07", new BigDecimal("100"),
                new BigDecimal("100.00"), "CNY", LocalDate.parse("2027-02-01"), List.of(), true, PipelineOpportunity.Status.OPEN, null), RULES);

        var figures = ProductionFigures.of(submitted(withProducts, services), List.of());

        assertThat(figures.items()).singleElement().satisfies(item -> {
            assertThat(item.quantity()).isEqualTo(3);
            assertThat(item.amount()).isEqualByComparingTo("400.00");
        });
    }

    @Test
    void aForecastWithAnAmountButNoProductToCarryItIsRefused() {
        ForecastLine services = ForecastLine.of(new PipelineOpportunity("o2", "c", "o2", "head", "07", new BigDecimal("100"),
                new BigDecimal("100.00"), "CNY", LocalDate.parse("2027-02-01"), List.of(), true, PipelineOpportunity.Status.OPEN, null), RULES);

        assertThatThrownBy(() -> ProductionFigures.of(submitted(services), List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("nothing-to-carry"));
    }

    @Test
    void theChannelIsAddedUntouchedAndEveryItemAddsUp() {
        PartnerForecast partner = PartnerForecast.submit("pf-1", "div", "partner-huadian", Q1, 1, "CNY", List.of(
                new PartnerLine("KYN28-12", null, "2027-05", new BigDecimal("2.5"), new BigDecimal("62500.00"), null),
                new PartnerLine("NEW-1", "New product", "2027-04", new BigDecimal("1"), new BigDecimal("10.00"), "H87")), null, NOW);

        var figures = ProductionFigures.of(adjustedForecast(), List.of(partner));

        assertThat(figures.channelAmount()).isEqualByComparingTo("62510.00");
        assertThat(figures.totalAmount()).isEqualByComparingTo("1152510.00");
        assertThat(sum(figures.items())).isEqualByComparingTo(figures.totalAmount());
        var cabinets = figures.items().stream().filter(i -> i.productCode().equals("KYN28-12")).findFirst().orElseThrow();
        assertThat(cabinets.directQuantity()).isEqualTo(21);
        assertThat(cabinets.channelQuantity()).isEqualTo(3);
        assertThat(cabinets.quantity()).isEqualTo(24);
        assertThat(cabinets.channelAmount()).isEqualByComparingTo("62500.00");
        assertThat(cabinets.amount()).isEqualByComparingTo("564092.92");
    }

    @Test
    void theFinalisationPublishesVersionTwoBesideVersionOne() {
        DivisionForecast division = DivisionForecast.of("div", Q1);

        division.finalise(adjustedForecast(), List.of(), null, "head", NOW);

        assertThat(division.recordedEvents()).extracting(e -> e.data().getClass().getSimpleName())
                .containsExactly("ForecastPublishedV2", "ForecastPublished");
        ForecastPublishedV2 v2 = (ForecastPublishedV2) division.recordedEvents().get(0).data();
        assertThat(v2.totalAmount()).isEqualByComparingTo("1090000.00");
        assertThat(v2.items().stream().map(ForecastPublishedV2.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(v2.totalAmount());
        assertThat(v2.items().get(0).deliveryMonth()).isEqualTo(YearMonth.parse("2027-05"));
        assertThat(division.versions().get(0).totalAmount()).isEqualByComparingTo("1090000.00");
    }

    @Test
    void anySpreadAddsUpToTheCentAndNeverGoesNegative() {
        Random random = new Random(20261220L);
        for (int run = 0; run < 2_000; run++) {
            List<ForecastLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String price = String.valueOf(1 + random.nextInt(100_000));
                String quantity = String.valueOf(1 + random.nextInt(60));
                String probability = String.valueOf(10 + random.nextInt(91));
                BigDecimal amount = new BigDecimal(price).multiply(new BigDecimal(quantity));
                lines.add(ForecastLine.of(opportunity("o" + i, "05", probability, amount.toPlainString(),
                        product("P" + random.nextInt(3), quantity, price, "2027-0" + (1 + random.nextInt(3)), null)), RULES));
            }
            Forecast forecast = Forecast.draft("f", "div", Q1, "head", 1, null, null, "CNY", Weighting.STAGE_PROBABILITY,
                    lines, List.of(), List.of(), NOW);
            BigDecimal adjusted = forecast.forecastAmount().multiply(BigDecimal.valueOf(random.nextInt(200)))
                    .movePointLeft(2).setScale(2, java.math.RoundingMode.DOWN);
            forecast.adjustTotal(adjusted, "what-if", "head", NOW);
            forecast.submit(null, "head", NOW);

            var figures = ProductionFigures.of(forecast, List.of());

            assertThat(sum(figures.items())).as("run %d", run).isEqualByComparingTo(adjusted);
            assertThat(figures.items()).allSatisfy(item -> assertThat(item.amount().signum()).isNotNegative());
        }
    }

    private static Forecast submitted(ForecastLine... lines) {
        Forecast forecast = Forecast.draft("f", "div", Q1, "head", 1, null, null, "CNY", Weighting.STAGE_PROBABILITY,
                List.of(lines), List.of(), List.of(), NOW);
        forecast.submit(null, "head", NOW);
        return forecast;
    }

    private static BigDecimal sum(List<ProductionFigures.Item> items) {
        return items.stream().map(ProductionFigures.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PipelineOpportunity opportunity(String id, String stage, String probability, String amount,
                                                   PipelineOpportunity.Product product) {
        return new PipelineOpportunity(id, "c", id, "head", stage, new BigDecimal(probability), new BigDecimal(amount), "CNY",
                LocalDate.parse("2027-02-01"), List.of(product), true, PipelineOpportunity.Status.OPEN, null);
    }

    private static PipelineOpportunity.Product product(String code, String quantity, String price, String month, String unit) {
        return new PipelineOpportunity.Product(code, code, new BigDecimal(quantity), new BigDecimal(price), YearMonth.parse(month), unit);
    }
}
