package com.kamsuite.teamincentive.bonus.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.bonus.application.BonusPlans;
import com.kamsuite.teamincentive.bonus.domain.Band;
import com.kamsuite.teamincentive.bonus.domain.BonusPlan;
import com.kamsuite.teamincentive.bonus.domain.BonusPlanStatus;
import com.kamsuite.teamincentive.bonus.domain.CostAnalysis;
import com.kamsuite.teamincentive.bonus.domain.PlanRules;
import com.kamsuite.teamincentive.bonus.domain.Periodicity;
import com.kamsuite.teamincentive.bonus.domain.SatisfactionBand;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.web.Access;
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
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/incentives")
@Tag(name = "Bonus plans", description = "T4: plan design, expected-cost analysis, approval by finance, publication, versioned modification")
class BonusPlanController {

    private final BonusPlans plans;

    BonusPlanController(BonusPlans plans) {
        this.plans = plans;
    }

    @Schema(name = "BonusPlanRules", description = "Rates are fractions (0.02 = 2 %); bands are attainment percentages with multipliers of the base rate")
    record RulesRequest(
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "QUARTERLY") @NotNull Periodicity periodicity,
            @Schema(example = "0.02") @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal baseRate,
            @Schema(example = "[{\"fromPercent\":0,\"multiplier\":0.5},{\"fromPercent\":50,\"multiplier\":1.0}]") @Size(max = 20) List<@Valid @NotNull BandRequest> tiers,
            @Schema(example = "[{\"fromPercent\":100,\"multiplier\":1.5},{\"fromPercent\":120,\"multiplier\":2.0}]") @Size(max = 20) List<@Valid @NotNull BandRequest> accelerators,
            @Schema(example = "60000.00") @DecimalMin("0") BigDecimal capAmount,
            @Schema(example = "5000.00", description = "Recoverable draw per period") @DecimalMin("0") BigDecimal drawAmount,
            @Schema(example = "180") @Min(0) @Max(3660) int clawbackWindowDays,
            @Schema(example = "100") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal clawbackPercent,
            @Schema(example = "[{\"minScore\":90,\"factor\":1.10},{\"minScore\":75,\"factor\":1.00},{\"minScore\":0,\"factor\":0.90}]") @Size(max = 20) List<@Valid @NotNull SatisfactionRequest> satisfactionBands) {

        PlanRules rules() {
            return new PlanRules(currency, periodicity, baseRate,
                    tiers == null ? List.of() : tiers.stream().map(BandRequest::band).toList(),
                    accelerators == null ? List.of() : accelerators.stream().map(BandRequest::band).toList(),
                    capAmount, drawAmount, clawbackWindowDays, clawbackPercent,
                    satisfactionBands == null ? List.of() : satisfactionBands.stream()
                            .map(s -> new SatisfactionBand(s.minScore(), s.factor())).toList());
        }
    }

    record BandRequest(@NotNull @DecimalMin("0") BigDecimal fromPercent, @NotNull @DecimalMin("0") BigDecimal multiplier) {
        Band band() {
            return new Band(fromPercent, multiplier);
        }
    }

    record SatisfactionRequest(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minScore,
                               @NotNull @DecimalMin("0") @DecimalMax("2") BigDecimal factor) {
    }

    @Schema(name = "BonusPlanRequest")
    record PlanRequest(
            @Schema(example = "2026 key-account sales bonus") @NotBlank @Size(max = 120) String name,
            @Schema(example = "2026-01-01", description = "The first day of a payout period") @NotNull LocalDate effectiveFrom,
            @NotNull @Valid RulesRequest rules,
            @Schema(example = "[\"liu.yang\",\"chen.jing\"]") @NotNull @Size(max = 20000) List<@NotBlank String> participantIds) {
    }

    @Schema(name = "BonusPlanRedesignRequest")
    record RedesignRequest(@NotBlank @Size(max = 120) String name, @NotNull @Valid RulesRequest rules,
                           @NotNull @Size(max = 20000) List<@NotBlank String> participantIds) {
    }

    @Schema(name = "BonusPlanRevisionRequest")
    record RevisionRequest(@Schema(example = "2027-01-01") @NotNull LocalDate effectiveFrom) {
    }

    @Schema(name = "BonusPlanReasonRequest")
    record ReasonRequest(@Schema(example = "The accelerator above 120 % costs too much") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "BonusPlan")
    record PlanView(String id, String planKey, int version, String previousVersionId, String name, LocalDate effectiveFrom,
                    PlanRules rules, List<String> participantIds, BonusPlanStatus status, String approvedBy,
                    CostAnalysis costAnalysisAtSubmission, List<AuditEntry> history) {

        static PlanView of(BonusPlan plan) {
            return new PlanView(plan.id(), plan.planKey(), plan.planVersion(), plan.previousVersionId(), plan.name(),
                    plan.effectiveFrom(), plan.rules(), plan.participantIds(), plan.status(), plan.approvedBy(),
                    plan.costAnalysis(), plan.history());
        }
    }

    @PostMapping("/plans")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Design a bonus plan (a draft, version 1)")
    @ApiResponse(responseCode = "201", description = "Drafted")
    ResponseEntity<PlanView> create(@Valid @RequestBody PlanRequest request, CurrentUser user) {
        BonusPlan plan = plans.create(request.name(), request.effectiveFrom(), request.rules().rules(), request.participantIds(), user);
        return ResponseEntity.created(URI.create("/api/incentives/plans/" + plan.id())).body(PlanView.of(plan));
    }

    @GetMapping("/plans")
    @PreAuthorize(Access.INCENTIVE_READERS)
    @Operation(summary = "Every bonus plan version of the division")
    List<PlanView> plans(CurrentUser user) {
        return plans.plans(user).stream().map(PlanView::of).toList();
    }

    @GetMapping("/plans/{planId}")
    @PreAuthorize(Access.INCENTIVE_READERS)
    @Operation(summary = "A bonus plan version")
    PlanView plan(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(plans.plan(planId, user));
    }

    @PutMapping("/plans/{planId}")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Redesign a draft")
    PlanView redesign(@PathVariable String planId, @Valid @RequestBody RedesignRequest request, CurrentUser user) {
        return PlanView.of(plans.redesign(planId, request.name(), request.rules().rules(), request.participantIds(), user));
    }

    @GetMapping("/plans/{planId}/cost-analysis")
    @PreAuthorize(Access.INCENTIVE_READERS)
    @Operation(summary = "Expected cost: payout and cost as % of revenue at attainment scenarios, and the per-person distribution projected from the pipeline")
    CostAnalysis costAnalysis(@PathVariable String planId, @RequestParam(required = false) String period,
                              @RequestParam(required = false) List<BigDecimal> scenarios, CurrentUser user) {
        return plans.analyse(planId, period, scenarios, user);
    }

    @PostMapping("/plans/{planId}/submission")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Submit a draft to finance, with its expected-cost analysis")
    PlanView submit(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(plans.submit(planId, user));
    }

    @PostMapping("/plans/{planId}/approval")
    @PreAuthorize(Access.FINANCE)
    @Operation(summary = "Finance approves the plan: announced as kam.incentive.plan-approved.v1")
    PlanView approve(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(plans.approve(planId, user));
    }

    @PostMapping("/plans/{planId}/return")
    @PreAuthorize(Access.FINANCE)
    @Operation(summary = "Finance returns a submitted plan for changes")
    PlanView returnPlan(@PathVariable String planId, @Valid @RequestBody ReasonRequest request, CurrentUser user) {
        return PlanView.of(plans.returnForChanges(planId, request.reason(), user));
    }

    @PostMapping("/plans/{planId}/publication")
    @PreAuthorize(Access.PUBLISHERS)
    @Operation(summary = "Publish an approved plan to its participants: announced as kam.incentive.plan-published.v1")
    PlanView publish(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(plans.publish(planId, user));
    }

    @PostMapping("/plans/{planId}/revisions")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Modify an approved plan: a new draft version effective from a later date; paid periods are never rewritten")
    @ApiResponse(responseCode = "422", description = "The effective date falls in a paid period (effective-in-paid-period)")
    ResponseEntity<PlanView> revise(@PathVariable String planId, @Valid @RequestBody RevisionRequest request, CurrentUser user) {
        BonusPlan plan = plans.revise(planId, request.effectiveFrom(), user);
        return ResponseEntity.created(URI.create("/api/incentives/plans/" + plan.id())).body(PlanView.of(plan));
    }

    @GetMapping("/my-plans")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The published plans the caller takes part in")
    List<PlanView> myPlans(CurrentUser user) {
        return plans.plansOf(user).stream().map(PlanView::of).toList();
    }
}
