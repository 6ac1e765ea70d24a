package com.kamsuite.forecast.submission.web;

import com.kamsuite.forecast.shared.domain.AuditEntry;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.web.Access;
import com.kamsuite.forecast.submission.application.Forecasts;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import com.kamsuite.forecast.submission.domain.ForecastStatus;
import com.kamsuite.forecast.submission.domain.IncludedForecast;
import com.kamsuite.forecast.submission.domain.TotalAdjustment;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/forecasts")
@Tag(name = "Forecasts", description = "F2 account-manager forecasts, F3 roll-up with revisions, F5 immutable versions")
class ForecastController {

    private final Forecasts forecasts;

    ForecastController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @Schema(name = "NewForecastRequest", description = "Drafts your forecast of a period: your confirmed opportunities plus your direct reports' latest submissions")
    record NewForecastRequest(
            @Schema(example = "2027-Q1") @NotNull @Pattern(regexp = Period.PATTERN) String period,
            @Schema(example = "Customer moved the tender to February", description = "Required for a revision (version 2 and later)")
            @Size(max = 500) String reason) {
    }

    @Schema(name = "LineAdjustmentRequest", description = "Revise a line that came up from a subordinate; the original values stay visible")
    record LineAdjustmentRequest(
            @Schema(example = "850000.00") @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @Schema(example = "60", description = "Percentage of the amount that counts") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightPercent,
            @Schema(example = "Budget approval slipped") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "TotalAdjustmentRequest")
    record TotalAdjustmentRequest(
            @Schema(example = "2400000.00", description = "The forecast amount you stand behind") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal forecastAmount,
            @Schema(example = "Two framework orders expected from the region") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "ForecastTotals")
    record TotalsView(BigDecimal amount, BigDecimal weightedAmount, BigDecimal forecastAmount) {
    }

    @Schema(name = "Forecast")
    record ForecastView(String id, String period, String ownerId, int version, String previousVersionId,
                        String revisionReason, ForecastStatus status, String currency, Weighting weighting, TotalsView totals,
                        List<ForecastLine> lines, List<IncludedForecast> includedForecasts,
                        List<TotalAdjustment> totalAdjustments, List<String> excludedOpportunities, String submittedTo,
                        Instant submittedAt, List<AuditEntry> history) {

        static ForecastView of(Forecast f) {
            return new ForecastView(f.id(), f.period().code(), f.ownerId(), f.versionNumber(), f.previousVersionId(),
                    f.revisionReason(), f.status(), f.currency(), f.weighting(), totalsOf(f), f.lines(), f.included(),
                    f.totalAdjustments(), f.excludedOpportunities(), f.submittedTo(), f.submittedAt(), f.history());
        }
    }

    @Schema(name = "ForecastSummary", description = "A version without its lines: who, when, why and the figures")
    record SummaryView(String id, String period, String ownerId, int version, String previousVersionId,
                       String revisionReason, ForecastStatus status, TotalsView totals, int lineCount, String submittedTo,
                       Instant submittedAt) {

        static SummaryView of(Forecast f) {
            return new SummaryView(f.id(), f.period().code(), f.ownerId(), f.versionNumber(), f.previousVersionId(),
                    f.revisionReason(), f.status(), totalsOf(f), f.lines().size(), f.submittedTo(), f.submittedAt());
        }
    }

    private static TotalsView totalsOf(Forecast f) {
        return new TotalsView(f.amount(), f.weightedAmount(), f.forecastAmount());
    }

    @PostMapping
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Draft your forecast of a period (or the next version of a submitted one, with a reason)")
    @ApiResponse(responseCode = "201", description = "Drafted")
    @ApiResponse(responseCode = "409", description = "A draft exists already (draft-exists, with forecastId)")
    @ApiResponse(responseCode = "422", description = "No principles, a period outside the horizon, no reporting line in the period, or a revision without reason")
    ResponseEntity<ForecastView> draft(@Valid @RequestBody NewForecastRequest request, CurrentUser user) {
        Forecast forecast = forecasts.draft(new Period(request.period()), request.reason(), user);
        return ResponseEntity.created(URI.create("/api/forecasts/" + forecast.id())).body(ForecastView.of(forecast));
    }

    @GetMapping
    @PreAuthorize(Access.FORECAST_READERS)
    @Operation(summary = "The forecasts of a period you may see (yours and everyone's below you), every version")
    List<SummaryView> list(@RequestParam @Pattern(regexp = Period.PATTERN) String period, CurrentUser user) {
        return forecasts.inPeriod(new Period(period), user).stream().map(SummaryView::of).toList();
    }

    @Schema(name = "DirectReportStatus", description = "A direct report in the period, their latest submission (null: none yet) and whether your latest forecast rolled it up")
    record ReportView(String personId, SummaryView latestSubmitted, boolean inMyLatestForecast) {
    }

    @GetMapping("/team")
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Your direct reports in the period and their latest submissions (refresh your draft to take newer ones in)")
    @ApiResponse(responseCode = "422", description = "You have no reporting line in the period")
    List<ReportView> team(@RequestParam @Pattern(regexp = Period.PATTERN) String period, CurrentUser user) {
        return forecasts.reports(new Period(period), user).stream().map(r -> new ReportView(r.personId(),
                r.latestSubmitted() == null ? null : SummaryView.of(r.latestSubmitted()), r.inMyLatestForecast())).toList();
    }

    @GetMapping("/{forecastId}")
    @PreAuthorize(Access.FORECAST_READERS)
    @Operation(summary = "A forecast version with its lines, products, adjustments and history")
    @ApiResponse(responseCode = "404", description = "Unknown, of another division, or of someone not below you")
    ForecastView forecast(@PathVariable String forecastId, CurrentUser user) {
        return ForecastView.of(forecasts.forecast(forecastId, user));
    }

    @GetMapping("/{forecastId}/versions")
    @PreAuthorize(Access.FORECAST_READERS)
    @Operation(summary = "Every version of the same person's forecast of the period: who, when, why")
    List<SummaryView> versions(@PathVariable String forecastId, CurrentUser user) {
        return forecasts.versions(forecastId, user).stream().map(SummaryView::of).toList();
    }

    @PutMapping("/{forecastId}/lines/{opportunityId}")
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Revise a line of your draft that came up from a subordinate (amount and/or weight, with a reason)")
    @ApiResponse(responseCode = "409", description = "Submitted already: submitted forecasts never change")
    @ApiResponse(responseCode = "422", description = "No such line, or your own line (change the opportunity instead)")
    ForecastView adjustLine(@PathVariable String forecastId, @PathVariable String opportunityId,
                            @Valid @RequestBody LineAdjustmentRequest request, CurrentUser user) {
        return ForecastView.of(forecasts.adjustLine(forecastId, opportunityId, request.amount(), request.weightPercent(),
                request.reason(), user));
    }

    @PutMapping("/{forecastId}/total")
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Set the forecast amount of your draft; the difference to the lines is kept as an adjustment with its reason")
    ForecastView adjustTotal(@PathVariable String forecastId, @Valid @RequestBody TotalAdjustmentRequest request,
                             CurrentUser user) {
        return ForecastView.of(forecasts.adjustTotal(forecastId, request.forecastAmount(), request.reason(), user));
    }

    @PostMapping("/{forecastId}/refresh")
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Rebuild your draft from your current opportunities and the latest submissions below; your revisions are re-applied")
    @ApiResponse(responseCode = "409", description = "Submitted already")
    ForecastView refresh(@PathVariable String forecastId, CurrentUser user) {
        return ForecastView.of(forecasts.refresh(forecastId, user));
    }

    @PostMapping("/{forecastId}/submission")
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Submit your draft to your superior of that period; it never changes again (kam.forecast.submitted.v1 / revised.v1)")
    @ApiResponse(responseCode = "409", description = "Submitted already")
    ForecastView submit(@PathVariable String forecastId, CurrentUser user) {
        return ForecastView.of(forecasts.submit(forecastId, user));
    }
}
