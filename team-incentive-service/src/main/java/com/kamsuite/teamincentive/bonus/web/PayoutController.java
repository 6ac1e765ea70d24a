package com.kamsuite.teamincentive.bonus.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.bonus.application.Payouts;
import com.kamsuite.teamincentive.bonus.domain.PayoutRun;
import com.kamsuite.teamincentive.bonus.domain.PayoutStatus;
import com.kamsuite.teamincentive.bonus.domain.Statement;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/incentives")
@Tag(name = "Payouts", description = "T4: payout calculation per period, explained statements, approval by finance, locking")
class PayoutController {

    private final Payouts payouts;

    PayoutController(Payouts payouts) {
        this.payouts = payouts;
    }

    @Schema(name = "PayoutCalculationRequest")
    record CalculationRequest(
            @Schema(example = "bp-1f0e…", description = "Any version of the plan; the version in effect for the period is used") @NotBlank @Size(max = 64) String planId,
            @Schema(example = "2026-Q3") @NotBlank @Pattern(regexp = "\\d{4}-((0[1-9]|1[0-2])|Q[1-4])") String period) {
    }

    @Schema(name = "PayoutRun")
    record RunView(String id, String planKey, String planId, int planVersion, String period, String currency,
                   PayoutStatus status, int calculation, String inputDigest, BigDecimal totalPayout, Instant calculatedAt,
                   String approvedBy, List<PayoutRun.PersonResult> people, List<AuditEntry> history) {

        static RunView of(PayoutRun run) {
            return new RunView(run.id(), run.planKey(), run.planId(), run.planVersion(), run.period().code(), run.currency(),
                    run.status(), run.calculation(), run.inputDigest(), run.totalPayout(), run.calculatedAt(), run.approvedBy(),
                    run.people(), run.history());
        }
    }

    @PostMapping("/payouts")
    @PreAuthorize(Access.PAYOUT_CALCULATORS)
    @Operation(summary = "Calculate (or recalculate) the payout of a period; unchanged inputs keep the same calculation")
    @ApiResponse(responseCode = "200", description = "The run; announced as kam.incentive.payout-calculated.v1 when a new calculation was made")
    @ApiResponse(responseCode = "409", description = "The period is approved and locked (payout-locked)")
    @ApiResponse(responseCode = "422", description = "No approved version applies to the period, or the period is not one of the plan")
    RunView calculate(@Valid @RequestBody CalculationRequest request, CurrentUser user) {
        return RunView.of(payouts.calculate(request.planId(), request.period(), user));
    }

    @GetMapping("/payouts")
    @PreAuthorize(Access.INCENTIVE_READERS)
    @Operation(summary = "Every payout run of the division (tracking of payouts)")
    List<RunView> runs(CurrentUser user) {
        return payouts.runs(user).stream().map(RunView::of).toList();
    }

    @GetMapping("/payouts/{runId}")
    @PreAuthorize(Access.INCENTIVE_READERS)
    @Operation(summary = "A payout run with each person's figures")
    RunView run(@PathVariable String runId, CurrentUser user) {
        return RunView.of(payouts.run(runId, user));
    }

    @PostMapping("/payouts/{runId}/approval")
    @PreAuthorize(Access.FINANCE)
    @Operation(summary = "Finance approves and locks a payout: announced as kam.incentive.payout-approved.v1 for payroll")
    @ApiResponse(responseCode = "409", description = "Locked already, an earlier period is still open, or the inputs changed since calculation (payout-stale)")
    RunView approve(@PathVariable String runId, CurrentUser user) {
        return RunView.of(payouts.approve(runId, user));
    }

    @GetMapping("/payouts/{runId}/statements/{personId}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A person's statement, every line explained (the person, those above them, finance, HR, sales operations, the division head)")
    Statement statement(@PathVariable String runId, @PathVariable String personId,
                        @RequestParam(required = false) Integer calculation, CurrentUser user) {
        return payouts.statement(runId, personId, calculation, user);
    }

    @GetMapping("/my-statements")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The caller's own statements, newest first")
    List<Statement> myStatements(CurrentUser user) {
        return payouts.myStatements(user);
    }
}
