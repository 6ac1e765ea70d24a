package com.kamsuite.forecast.submission;

import com.kamsuite.events.forecast.ForecastRevised;
import com.kamsuite.events.forecast.ForecastSubmitted;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import com.kamsuite.forecast.submission.domain.LineMath;
import com.kamsuite.forecast.submission.domain.ProductLine;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.kamsuite.forecast.submission.ForecastTestData.NOW;
import static com.kamsuite.forecast.submission.ForecastTestData.Q1;
import static com.kamsuite.forecast.submission.ForecastTestData.draft;
import static com.kamsuite.forecast.submission.ForecastTestData.line;
import static com.kamsuite.forecast.submission.ForecastTestData.opportunity;
import static com.kamsuite.forecast.submission.ForecastTestData.product;
import static com.kamsuite.forecast.submission.ForecastTestData.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastTest {

    @Test
    void aLineIsWeightedByTheProbabilityOfItsStageRoundedHalfUp() {
        ForecastLine line = line(opportunity("o1", "am1", "05", "60", "1000.05"));

        assertThat(line.weightedAmount()).isEqualByComparingTo("600.03");
        assertThat(line.originalAmount()).isEqualByComparingTo("1000.05");
    }

    @Test
    void productsShareTheWeightedAmountByValueAndAddUpToTheLineExactly() {
        ForecastLine line = line(opportunity("o1", "am1", "06", "80", "1000.00",
                product("A", "3", "100", "2027-02"), product("B", "1", "100", "2027-03"), product("C", "2", "100", "2027-03")));

        assertThat(line.products()).extracting(ProductLine::expectedAmount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("400.00"), new BigDecimal("133.33"), new BigDecimal("266.67"));
        assertThat(line.products()).extracting(ProductLine::expectedQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.40"), new BigDecimal("0.80"), new BigDecimal("1.60"));
        assertThat(line.products().stream().map(ProductLine::expectedAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(line.weightedAmount());
    }

    @Test
    void productsWithoutPriceShareByQuantity() {
        List<ProductLine> spread = LineMath.spread(List.of(
                new ProductLine("A", null, "2027-02", new BigDecimal("1"), null, null, null, null),
                new ProductLine("B", null, "2027-02", new BigDecimal("3"), new BigDecimal("10"), null, null, null)),
                new BigDecimal("50"), new BigDecimal("100.00"));

        assertThat(spread).extracting(ProductLine::expectedAmount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25.00"), new BigDecimal("75.00"));
    }

    @Test
    void aRollUpHoldsTheOwnLinesAndTheSubordinatesSubmissionsAndCountsEveryOpportunityOnce() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00")),
                line(opportunity("o2", "am1", "07", "90", "500.00")));
        Forecast am2Old = submitted("f-am2", "am2", "mgr", NOW.minusSeconds(60), line(opportunity("o2", "am2", "06", "80", "500.00")));
        Forecast manager = draft("f-mgr", "mgr", List.of(line(opportunity("o3", "mgr", "04", "40", "100.00"))), List.of(am1, am2Old));

        assertThat(manager.lines()).extracting(ForecastLine::opportunityId).containsExactly("o1", "o2", "o3");
        assertThat(manager.lines()).filteredOn(l -> l.opportunityId().equals("o2")).singleElement()
                .satisfies(l -> assertThat(l.sourceForecastId()).isEqualTo("f-am1"));
        assertThat(manager.amount()).isEqualByComparingTo("1600.00");
        assertThat(manager.weightedAmount()).isEqualByComparingTo("1090.00");
        assertThat(manager.included()).extracting(i -> i.forecastId()).containsExactly("f-am1", "f-am2");
    }

    @Test
    void theOwnersOwnLineWinsOverAnOlderSubordinateLineOfTheSameOpportunity() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00")));
        Forecast manager = draft("f-mgr", "mgr", List.of(line(opportunity("o1", "mgr", "06", "80", "1000.00"))), List.of(am1));

        assertThat(manager.lines()).singleElement().satisfies(l -> {
            assertThat(l.isOwn()).isTrue();
            assertThat(l.weightedAmount()).isEqualByComparingTo("800.00");
        });
    }

    @Test
    void aSuperiorRevisesASubordinatesLineAndTheOriginalValuesAndReasonAreKept() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00",
                product("A", "10", "100", "2027-02"))));
        Forecast manager = draft("f-mgr", "mgr", List.of(), List.of(am1));

        manager.adjustLine("o1", new BigDecimal("800.00"), new BigDecimal("50"), "budget cut", "mgr", NOW);

        ForecastLine line = manager.lines().get(0);
        assertThat(line.weightedAmount()).isEqualByComparingTo("400.00");
        assertThat(line.originalAmount()).isEqualByComparingTo("1000.00");
        assertThat(line.originalWeightPercent()).isEqualByComparingTo("60");
        assertThat(line.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("budget cut");
            assertThat(a.fromAmount()).isEqualByComparingTo("1000.00");
            assertThat(a.toWeightPercent()).isEqualByComparingTo("50");
        });
        assertThat(line.products().get(0).expectedQuantity()).isEqualByComparingTo("5.00");
        assertThat(line.products().get(0).expectedAmount()).isEqualByComparingTo("400.00");
        assertThat(am1.lines().get(0).weightedAmount()).isEqualByComparingTo("600.00");
    }

    @Test
    void ownLinesFollowTheOpportunityAndCannotBeAdjusted() {
        Forecast am1 = draft("f-am1", "am1", List.of(line(opportunity("o1", "am1", "05", "60", "1000.00"))), List.of());

        assertThatThrownBy(() -> am1.adjustLine("o1", BigDecimal.TEN, null, "why", "am1", NOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("own-line"));
        assertThatThrownBy(() -> am1.adjustLine("o9", BigDecimal.TEN, null, "why", "am1", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("unknown-line"));
    }

    @Test
    void totalAdjustmentsKeepTheOriginalAndTravelUpWithTheSubmission() {
        Forecast manager = draft("f-mgr", "mgr", List.of(line(opportunity("o1", "mgr", "05", "60", "1000.00"))), List.of());
        manager.adjustTotal(new BigDecimal("750.00"), "framework order expected", "mgr", NOW);
        manager.submit("dir", "mgr", NOW);

        assertThat(manager.forecastAmount()).isEqualByComparingTo("750.00");
        assertThat(manager.totalAdjustments()).singleElement().satisfies(a -> {
            assertThat(a.before()).isEqualByComparingTo("600.00");
            assertThat(a.delta()).isEqualByComparingTo("150.00");
        });

        Forecast director = draft("f-dir", "dir", List.of(), List.of(manager));
        assertThat(director.weightedAmount()).isEqualByComparingTo("600.00");
        assertThat(director.forecastAmount()).isEqualByComparingTo("750.00");
        assertThat(director.included()).singleElement().satisfies(i -> assertThat(i.forecastAmount()).isEqualByComparingTo("750.00"));
    }

    @Test
    void aSubmittedForecastNeverChangesAgain() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00")));

        assertThatThrownBy(() -> am1.adjustTotal(BigDecimal.ONE, "why", "am1", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> am1.submit("mgr", "am1", NOW)).isInstanceOf(ConflictException.class);
        assertThat(am1.recordedEvents()).singleElement().satisfies(e -> {
            ForecastSubmitted submitted = (ForecastSubmitted) e.data();
            assertThat(submitted.submittedTo()).isEqualTo("mgr");
            assertThat(submitted.totals().weightedAmount()).isEqualByComparingTo("600.00");
        });
    }

    @Test
    void aRevisionIsANewVersionThatNeedsAReasonAndAnnouncesThePreviousVersion() {
        assertThatThrownBy(() -> Forecast.draft("f2", "div", Q1, "am1", 2, "f1", " ", "CNY", Weighting.STAGE_PROBABILITY,
                List.of(), List.of(), List.of(), NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("reason-required"));

        Forecast revision = Forecast.draft("f2", "div", Q1, "am1", 2, "f1", "tender postponed", "CNY",
                Weighting.STAGE_PROBABILITY, List.of(), List.of(), List.of(), NOW);
        revision.submit("mgr", "am1", Instant.parse("2026-12-11T08:00:00Z"));

        ForecastRevised revised = (ForecastRevised) revision.recordedEvents().get(0).data();
        assertThat(revised.previousVersionId()).isEqualTo("f1");
        assertThat(revised.reason()).isEqualTo("tender postponed");
        assertThat(revised.version()).isEqualTo(2);
    }

    @Test
    void aRefreshTakesInLaterSubmissionsAndKeepsTheOwnersRevisions() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00")));
        Forecast manager = draft("f-mgr", "mgr", List.of(), List.of(am1));
        manager.adjustLine("o1", null, new BigDecimal("40"), "too optimistic", "mgr", NOW);
        manager.adjustTotal(new BigDecimal("500.00"), "service contracts", "mgr", NOW);
        Forecast am2 = submitted("f-am2", "am2", "mgr", NOW.plusSeconds(60), line(opportunity("o2", "am2", "07", "90", "100.00")));

        manager.refresh(List.of(), List.of(am1, am2), List.of(), NOW.plusSeconds(120));

        assertThat(manager.lines()).extracting(ForecastLine::opportunityId).containsExactly("o1", "o2");
        assertThat(manager.lines().get(0).weightedAmount()).isEqualByComparingTo("400.00");
        assertThat(manager.lines().get(0).adjustments()).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("too optimistic"));
        assertThat(manager.weightedAmount()).isEqualByComparingTo("490.00");
        assertThat(manager.forecastAmount()).isEqualByComparingTo("590.00");
        assertThat(manager.included()).hasSize(2);
        assertThat(manager.history()).extracting(h -> h.what()).contains("refreshed");
    }

    @Test
    void aRefreshThatFindsNothingNewLeavesNoTraceInTheHistory() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00")));
        Forecast manager = draft("f-mgr", "mgr", List.of(), List.of(am1));
        manager.adjustLine("o1", null, new BigDecimal("40"), "too optimistic", "mgr", NOW);
        int entries = manager.history().size();

        manager.refresh(List.of(), List.of(am1), List.of(), NOW.plusSeconds(120));

        assertThat(manager.history()).hasSize(entries);
        assertThat(manager.lines().get(0).weightedAmount()).isEqualByComparingTo("400.00");
    }

    @Test
    void aRevisionStartsWithTheRevisionsOfThePreviousVersion() {
        Forecast am1 = submitted("f-am1", "am1", "mgr", NOW, line(opportunity("o1", "am1", "05", "60", "1000.00")));
        Forecast first = draft("f-mgr", "mgr", List.of(), List.of(am1));
        first.adjustLine("o1", new BigDecimal("900.00"), null, "price pressure", "mgr", NOW);
        first.adjustTotal(new BigDecimal("600.00"), "small orders", "mgr", NOW);
        first.submit("dir", "mgr", NOW);

        Forecast second = Forecast.draft("f-mgr-2", "div", Q1, "mgr", 2, "f-mgr", "new tender", "CNY",
                Weighting.STAGE_PROBABILITY, List.of(), List.of(am1), List.of(), NOW);
        second.carryRevisionsFrom(first);

        assertThat(second.lines().get(0).amount()).isEqualByComparingTo("900.00");
        assertThat(second.weightedAmount()).isEqualByComparingTo("540.00");
        assertThat(second.forecastAmount()).isEqualByComparingTo("600.00");
        assertThat(second.totalAdjustments()).singleElement().satisfies(a -> assertThat(a.forecastId()).isEqualTo("f-mgr-2"));
        assertThat(first.lines().get(0).amount()).isEqualByComparingTo("900.00");
        assertThatThrownBy(() -> first.carryRevisionsFrom(second)).isInstanceOf(IllegalArgumentException.class);
    }
}
