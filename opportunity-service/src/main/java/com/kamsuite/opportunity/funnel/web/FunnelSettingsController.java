package com.kamsuite.opportunity.funnel.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.funnel.application.FunnelConfiguration;
import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelSettings;
import com.kamsuite.opportunity.funnel.domain.StageBenchmark;
import com.kamsuite.opportunity.opportunity.domain.FunnelRules;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import com.kamsuite.opportunity.opportunity.domain.StageGate;
import com.kamsuite.opportunity.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/opportunities/funnel-settings")
@Tag(name = "Funnel settings", description = "The division's stage probabilities and stage gates (O2), set by sales operations")
class FunnelSettingsController {

    private final FunnelConfiguration configuration;

    FunnelSettingsController(FunnelConfiguration configuration) {
        this.configuration = configuration;
    }

    @Schema(name = "FunnelSettingsRequest")
    record FunnelSettingsRequest(
            @Schema(example = "[10, 20, 30, 40, 60, 80, 90]", description = "win probability in percent of stages 01 to 07, not decreasing")
            @NotNull @Size(min = 7, max = 7) List<@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> probabilities,
            @Schema(example = "[\"DECISION_MAKER_BEFORE_03\", \"VALUE_ASSESSMENT_BEFORE_04\"]") @NotNull Set<@NotNull StageGate> gates) {
    }

    @Schema(name = "StageBenchmarkRequest")
    record BenchmarkRequest(
            @Schema(example = "03") @NotNull @Pattern(regexp = "0[1-7]") String stage,
            @Schema(example = "12") @NotNull @Min(0) @Max(1_000_000) Integer count,
            @Schema(example = "18000000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount) {

        static List<StageBenchmark> toBenchmarks(List<BenchmarkRequest> requests) {
            return requests == null ? List.of() : requests.stream().map(b -> new StageBenchmark(b.stage(), b.count(), b.amount())).toList();
        }
    }

    @Schema(name = "BenchmarksRequest", description = "per open stage: for the whole division, and for one owner (a team's is the per-owner one × its size)")
    record BenchmarksRequest(
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Valid @Size(max = 7) List<@NotNull BenchmarkRequest> division,
            @Valid @Size(max = 7) List<@NotNull BenchmarkRequest> perOwner) {
    }

    @Schema(name = "FunnelSettings")
    record FunnelSettingsView(List<StageView> stages, List<StageGate> gates, List<SettingsChange> changes,
                              Benchmarks benchmarks, List<FunnelSettings.BenchmarkChange> benchmarkChanges) {

        static FunnelSettingsView of(FunnelSettings settings) {
            FunnelRules rules = settings.rules();
            List<StageView> stages = new ArrayList<>();
            for (int i = 0; i < rules.probabilities().size(); i++) {
                Stage stage = Stage.open("0" + (i + 1));
                stages.add(new StageView(stage.code(), stage.task(), rules.probabilityOf(stage)));
            }
            stages.add(new StageView("08", Stage.WON.task(), rules.probabilityOf(Stage.WON)));
            stages.add(new StageView("08", Stage.LOST.task(), rules.probabilityOf(Stage.LOST)));
            return new FunnelSettingsView(stages, rules.gates().stream().sorted().toList(), settings.changes().stream()
                    .map(c -> new SettingsChange(c.at(), c.by(), c.probabilities(), c.gates())).toList(),
                    settings.benchmarks().orElse(null), settings.benchmarkChanges());
        }
    }

    record StageView(String stage, String task, BigDecimal probability) {
    }

    @Schema(name = "FunnelSettingsChange")
    record SettingsChange(Instant at, String by, List<BigDecimal> probabilities, List<StageGate> gates) {
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Your division's funnel: probability per stage, active gates, and who changed them when")
    FunnelSettingsView get(CurrentUser user) {
        return FunnelSettingsView.of(configuration.settings(user.divisionId()));
    }

    @PutMapping("/benchmarks")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Set your division's funnel benchmarks (sales operations), which funnel health compares with (O6)")
    @ApiResponse(responseCode = "400", description = "A stage twice, a negative count or amount")
    FunnelSettingsView putBenchmarks(@Valid @RequestBody BenchmarksRequest request, CurrentUser user) {
        return FunnelSettingsView.of(configuration.setBenchmarks(new Benchmarks(request.currency(),
                BenchmarkRequest.toBenchmarks(request.division()), BenchmarkRequest.toBenchmarks(request.perOwner())), user));
    }

    @PutMapping
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Reconfigure your division's probabilities and gates (sales operations); applies to the next stage moves")
    @ApiResponse(responseCode = "400", description = "Not seven probabilities between 0 and 100, or one lower than the stage before")
    FunnelSettingsView put(@Valid @RequestBody FunnelSettingsRequest request, CurrentUser user) {
        return FunnelSettingsView.of(configuration.reconfigure(new FunnelRules(request.probabilities(), request.gates()), user));
    }
}
