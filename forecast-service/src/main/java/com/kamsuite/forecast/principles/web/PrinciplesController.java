package com.kamsuite.forecast.principles.web;

import com.kamsuite.forecast.principles.application.Principles;
import com.kamsuite.forecast.principles.domain.ForecastPrinciples;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.PeriodKind;
import com.kamsuite.forecast.shared.web.Access;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/forecasts/principles")
@Tag(name = "Forecast principles", description = "F1: period, horizon, counted stages, weighting, currency and deadlines per division")
class PrinciplesController {

    private static final String STAGE = "0[1-7]";

    private final Principles principles;

    PrinciplesController(Principles principles) {
        this.principles = principles;
    }

    @Schema(name = "ForecastPrinciplesRequest", description = "The whole set of rules; each change is a new revision, the old ones are kept")
    record RulesRequest(
            @Schema(example = "QUARTER") @NotNull PeriodKind periodKind,
            @Schema(example = "4", description = "Periods that can be forecast, the current one included") @NotNull @Min(1) @Max(24) Integer horizon,
            @Schema(example = "[\"04\",\"05\",\"06\",\"07\"]") @NotEmpty @Size(max = 7) List<@NotNull @Pattern(regexp = STAGE) String> countedStages,
            @Schema(example = "STAGE_PROBABILITY") @NotNull Weighting weighting,
            @Schema(example = "[\"06\",\"07\"]", description = "Stages whose lines are commit") @Size(max = 7) List<@NotNull @Pattern(regexp = STAGE) String> commitStages,
            @Schema(example = "[\"05\"]", description = "Stages whose lines are best case") @Size(max = 7) List<@NotNull @Pattern(regexp = STAGE) String> bestCaseStages,
            @Schema(example = "50", description = "Under CATEGORY weighting, the percentage a best-case line counts") @DecimalMin("0") @DecimalMax("100") BigDecimal bestCasePercent,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "5", description = "Default deadline: days before the period starts (negative: after)") @NotNull @Min(-31) @Max(92) Integer deadlineDaysBeforeStart,
            @Schema(example = "{\"2027-Q1\":\"2026-12-24\"}", description = "Deadlines of single periods") @Size(max = 60) Map<@Pattern(regexp = Period.PATTERN) String, @NotNull LocalDate> deadlines,
            @Schema(example = "Asia/Shanghai") @NotBlank @Size(max = 40) String timeZone,
            @Schema(example = "2", description = "Extra days per hierarchy level above the account managers (default 0)") @Min(0) @Max(31) Integer levelGraceDays,
            @Schema(example = "Stages 04–07 count from 2027") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "ForecastPrinciples")
    record PrinciplesView(int revision, ForecastRules rules, List<ForecastPrinciples.Revision> revisions) {

        static PrinciplesView of(ForecastPrinciples p) {
            return new PrinciplesView(p.revision(), p.rules(), p.revisions());
        }
    }

    @Schema(name = "ForecastDeadline")
    record DeadlineView(String period, LocalDate deadline, String timeZone) {
    }

    @PutMapping
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Set the division's forecast principles (a new revision)")
    @ApiResponse(responseCode = "200", description = "Set")
    @ApiResponse(responseCode = "400", description = "Invalid rules (e.g. commit stages that do not count, a deadline of a period of the other kind)")
    PrinciplesView set(@Valid @RequestBody RulesRequest request, CurrentUser user) {
        ForecastRules rules = new ForecastRules(request.periodKind(), request.horizon(), request.countedStages(),
                request.weighting(), request.commitStages(), request.bestCaseStages(), request.bestCasePercent(),
                request.currency(), request.deadlineDaysBeforeStart(), request.deadlines(), request.timeZone(),
                request.levelGraceDays() == null ? 0 : request.levelGraceDays());
        return PrinciplesView.of(principles.set(rules, request.reason(), user));
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The division's forecast principles with every earlier revision")
    @ApiResponse(responseCode = "404", description = "Not set yet")
    PrinciplesView get(CurrentUser user) {
        return principles.of(user.divisionId()).map(PrinciplesView::of)
                .orElseThrow(() -> new NotFoundException("forecast-principles", user.divisionId()));
    }

    @GetMapping("/deadline")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The submission deadline of a period")
    @ApiResponse(responseCode = "422", description = "No principles yet, or a period of the other kind (wrong-period-kind)")
    DeadlineView deadline(@RequestParam @Pattern(regexp = Period.PATTERN) String period, CurrentUser user) {
        ForecastRules rules = principles.rulesFor(user.divisionId(), new Period(period));
        return new DeadlineView(period, rules.deadlineOf(new Period(period)), rules.timeZone());
    }
}
