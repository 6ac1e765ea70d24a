package com.kamsuite.teamincentive.quota.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.quota.application.QuotaPlanning;
import com.kamsuite.teamincentive.quota.domain.Allocation;
import com.kamsuite.teamincentive.quota.domain.QuotaBasis;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.quota.domain.QuotaStatus;
import com.kamsuite.teamincentive.quota.domain.QuotaWorksheet;
import com.kamsuite.teamincentive.quota.domain.TargetKind;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/quotas")
@Tag(name = "Quotas", description = "T3: worksheet from achieved history, top-down allocation that adds up, approval, versioned revision, live attainment")
class QuotaController {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final QuotaPlanning planning;
    private final Clock clock;

    QuotaController(QuotaPlanning planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    @Schema(name = "NewQuotaPlanRequest", description = "Without total, the worksheet's suggestion (history × growth); without monthWeights, the history's seasonality")
    record NewPlanRequest(
            @Schema(example = "2027 quota") @NotBlank @Size(max = 120) String name,
            @Schema(example = "2027-01") @NotNull @Pattern(regexp = MONTH) String fromMonth,
            @Schema(example = "2027-12") @NotNull @Pattern(regexp = MONTH) String toMonth,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "120000000.00") @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal total,
            @Schema(example = "10") @DecimalMin("-100") @Digits(integer = 4, fraction = 2) BigDecimal growthPercent,
            @Schema(example = "[6,7,8,8,8,8,8,8,9,9,10,11]") @Size(max = 36) List<@NotNull @DecimalMin("0") BigDecimal> monthWeights) {
    }

    @Schema(name = "QuotaTotalRequest")
    record TotalRequest(@Schema(example = "125000000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal total,
                        @Size(max = 36) List<@NotNull @DecimalMin("0") BigDecimal> monthWeights) {
    }

    @Schema(name = "AllocationRequest", description = "The whole tree: the division (targetId = your division id) at the top; children add up to their parent")
    record AllocationRequest(@NotEmpty @Size(max = 20000) List<@Valid @NotNull Line> allocations) {

        @Schema(name = "AllocationLine")
        record Line(@Schema(example = "PERSON") @NotNull TargetKind kind,
                    @Schema(example = "liu.yang") @NotBlank @Size(max = 64) String targetId,
                    @Schema(example = "EAST-GRID") @Size(max = 64) String parentTargetId,
                    @Schema(example = "30000000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount) {
        }
    }

    @Schema(name = "QuotaReasonRequest")
    record ReasonRequest(@Schema(example = "East China is under-allocated") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "QuotaAllocation")
    record AllocationView(TargetKind kind, String targetId, String parentTargetId, BigDecimal amount,
                          Map<String, BigDecimal> months) {
    }

    @Schema(name = "QuotaPlan")
    record PlanView(String id, String planKey, int version, String previousVersionId, String name, String fromMonth,
                    String toMonth, String currency, BigDecimal total, QuotaStatus status, boolean inForce, QuotaBasis basis,
                    List<AllocationView> allocations, List<AuditEntry> history) {

        static PlanView of(QuotaPlan plan, boolean inForce) {
            var seasonality = plan.seasonality();
            return new PlanView(plan.id(), plan.planKey(), plan.planVersion(), plan.previousVersionId(), plan.name(),
                    plan.from().toString(), plan.to().toString(), plan.currency(), plan.total(), plan.status(), inForce,
                    plan.basis(), plan.allocations().stream().map(a -> new AllocationView(a.kind(), a.targetId(),
                    a.parentTargetId(), a.amount(), seasonality.spread(a.amount()))).toList(), plan.history());
        }
    }

    @Schema(name = "Attainment", description = "Per target: quota of the whole plan and to date (months up to this one), achieved, percentages (half-up, 2 decimals)")
    record AttainmentView(TargetKind kind, String targetId, String parentTargetId, BigDecimal quota, BigDecimal quotaToDate,
                          BigDecimal achieved, BigDecimal attainmentPercent, BigDecimal attainmentToDatePercent) {
    }

    @GetMapping("/worksheet")
    @PreAuthorize(Access.PLANNERS)
    @Operation(summary = "The quota-setting worksheet: achieved history a year before the months, suggested quota with seasonality")
    QuotaWorksheet.Result worksheet(@RequestParam String from, @RequestParam String to,
                                    @RequestParam(defaultValue = "CNY") String currency,
                                    @RequestParam(required = false) BigDecimal growthPercent, CurrentUser user) {
        return planning.worksheet(YearMonth.parse(from), YearMonth.parse(to), currency, growthPercent, user);
    }

    @PostMapping("/plans")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Draft a quota plan (version 1 of a new plan key)")
    @ApiResponse(responseCode = "201", description = "Drafted")
    ResponseEntity<PlanView> create(@Valid @RequestBody NewPlanRequest request, CurrentUser user) {
        QuotaPlan plan = planning.create(new QuotaPlanning.NewPlan(request.name(), YearMonth.parse(request.fromMonth()),
                YearMonth.parse(request.toMonth()), request.currency(), request.total(), request.growthPercent(),
                request.monthWeights()), user);
        return ResponseEntity.created(URI.create("/api/quotas/plans/" + plan.id())).body(PlanView.of(plan, false));
    }

    @GetMapping("/plans")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "Every quota plan version of the division")
    List<PlanView> plans(CurrentUser user) {
        return planning.plans(user).stream().map(plan -> PlanView.of(plan, planning.inForce(plan))).toList();
    }

    @GetMapping("/plans/{planId}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A quota plan version with its allocation and monthly amounts")
    PlanView plan(@PathVariable String planId, CurrentUser user) {
        QuotaPlan plan = planning.plan(planId, user);
        return PlanView.of(plan, planning.inForce(plan));
    }

    @PutMapping("/plans/{planId}/total")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Set the high-level quota (and seasonality) of a draft")
    PlanView retarget(@PathVariable String planId, @Valid @RequestBody TotalRequest request, CurrentUser user) {
        return PlanView.of(planning.retarget(planId, request.total(), request.monthWeights(), user), false);
    }

    @PutMapping("/plans/{planId}/allocations")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Allocate top-down to territories, teams and people")
    @ApiResponse(responseCode = "422", description = "The allocations under a target do not add up to it (allocation-mismatch, with targetId, expected, actual), or a target is unknown")
    PlanView allocate(@PathVariable String planId, @Valid @RequestBody AllocationRequest request, CurrentUser user) {
        return PlanView.of(planning.allocate(planId, request.allocations().stream()
                .map(l -> new Allocation(l.kind(), l.targetId(), l.parentTargetId(), l.amount())).toList(), user), false);
    }

    @PostMapping("/plans/{planId}/submission")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Submit a draft for approval")
    PlanView submit(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(planning.submit(planId, user), false);
    }

    @PostMapping("/plans/{planId}/approval")
    @PreAuthorize(Access.DIVISION_HEAD)
    @Operation(summary = "Approve: announced as kam.quota.approved.v1; attainment starts from the credits so far")
    @ApiResponse(responseCode = "409", description = "Not submitted, or a newer version is in force")
    PlanView approve(@PathVariable String planId, CurrentUser user) {
        QuotaPlan plan = planning.approve(planId, user);
        return PlanView.of(plan, planning.inForce(plan));
    }

    @PostMapping("/plans/{planId}/return")
    @PreAuthorize(Access.DIVISION_HEAD)
    @Operation(summary = "Return a submitted plan for changes")
    PlanView returnPlan(@PathVariable String planId, @Valid @RequestBody ReasonRequest request, CurrentUser user) {
        return PlanView.of(planning.returnForChanges(planId, request.reason(), user), false);
    }

    @PostMapping("/plans/{planId}/revisions")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Revise: a new draft version; the old version stays as it is (and in force until the new one is approved)")
    ResponseEntity<PlanView> revise(@PathVariable String planId, CurrentUser user) {
        QuotaPlan plan = planning.revise(planId, user);
        return ResponseEntity.created(URI.create("/api/quotas/plans/" + plan.id())).body(PlanView.of(plan, false));
    }

    @GetMapping("/plans/{planId}/attainment")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "Live attainment per division, territory, team and person (from won-opportunity credits)")
    List<AttainmentView> attainment(@PathVariable String planId, CurrentUser user) {
        QuotaPlan plan = planning.plan(planId, user);
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> toDate = plan.seasonality().weights().stream().map(w -> YearMonth.parse(w.month()))
                .filter(m -> !m.isAfter(now)).toList();
        return plan.allocations().stream().map(a -> {
            BigDecimal achieved = plan.achieved(a.targetId()) == null ? BigDecimal.ZERO.setScale(2) : plan.achieved(a.targetId());
            BigDecimal quotaToDate = plan.quotaOf(a.targetId(), toDate);
            return new AttainmentView(a.kind(), a.targetId(), a.parentTargetId(), a.amount(), quotaToDate, achieved,
                    QuotaPlan.percent(achieved, a.amount()), QuotaPlan.percent(achieved, quotaToDate));
        }).toList();
    }
}
