package com.kamsuite.opportunity.funnel.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.funnel.application.FunnelHistory;
import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelSnapshot;
import com.kamsuite.opportunity.funnel.domain.StageBenchmark;
import com.kamsuite.opportunity.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/opportunities/funnel-health")
@Validated
@Tag(name = "Funnel health", description = "Count and amount per stage against the benchmarks (O6)")
class FunnelHistoryController {

    private final FunnelHistory history;

    FunnelHistoryController(FunnelHistory history) {
        this.history = history;
    }

    @Schema(name = "FunnelSnapshot")
    record SnapshotView(String id, Instant takenAt, String takenBy, String currency, int owners, List<StageBenchmark> stages) {

        static SnapshotView of(FunnelSnapshot s) {
            return new SnapshotView(s.id(), s.takenAt(), s.takenBy(), s.currency(), s.owners(), s.stages());
        }
    }

    @Schema(name = "DeriveBenchmarksRequest")
    record DeriveRequest(
            @Schema(example = "12", description = "how many of the latest snapshots to average") @NotNull @Min(1) @Max(FunnelHistory.MAX_SNAPSHOTS) Integer last,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    @PostMapping("/snapshots")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the division's funnel as it stands now (sales operations; e.g. at each month end)")
    SnapshotView take(CurrentUser user) {
        return SnapshotView.of(history.take(user));
    }

    @GetMapping("/snapshots")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "The division's latest funnel snapshots, newest first")
    List<SnapshotView> snapshots(@RequestParam(defaultValue = "12") @Min(1) @Max(FunnelHistory.MAX_SNAPSHOTS) int limit,
                                 CurrentUser user) {
        return history.latest(limit, user).stream().map(SnapshotView::of).toList();
    }

    @PostMapping("/benchmarks-from-snapshots")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Set the benchmarks to the average of the latest snapshots (per owner: divided by the average number of owners)")
    @ApiResponse(responseCode = "422", description = "No snapshot in that currency (type .../no-snapshots)")
    Benchmarks derive(@Valid @RequestBody DeriveRequest request, CurrentUser user) {
        return history.deriveBenchmarks(request.last(), request.currency(), user).benchmarks().orElseThrow();
    }
}
