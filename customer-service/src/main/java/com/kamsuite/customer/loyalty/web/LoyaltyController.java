package com.kamsuite.customer.loyalty.web;

import com.kamsuite.customer.common.web.Access;
import com.kamsuite.customer.common.web.MoneyRequest;
import com.kamsuite.customer.loyalty.application.Loyalty;
import com.kamsuite.customer.loyalty.domain.CategoryBudget;
import com.kamsuite.customer.loyalty.domain.Complaint;
import com.kamsuite.customer.loyalty.domain.LoyaltyAssessment;
import com.kamsuite.customer.loyalty.domain.Survey;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Loyalty", description = "Retention, share of wallet, satisfaction, complaints and churn risk (C7)")
class LoyaltyController {

    private final Loyalty loyalty;

    LoyaltyController(Loyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Schema(name = "SurveyRequest")
    record SurveyRequest(@Schema(example = "82", description = "0–100") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score,
                         @Schema(example = "2026-10-20", description = "Defaults to today") LocalDate surveyedOn,
                         @Schema(example = "Happy with delivery, unhappy with spare-part prices") @Size(max = 2000) String comment) {
    }

    @Schema(name = "ComplaintRequest")
    record ComplaintRequest(@Schema(example = "Late delivery of the 110 kV switchgear") @NotBlank @Size(max = 500) String subject,
                            @Schema(example = "2026-09-01", description = "Defaults to today") LocalDate openedOn) {
    }

    @Schema(name = "ResolutionRequest")
    record ResolutionRequest(@Schema(example = "2026-09-12") LocalDate resolvedOn,
                             @Schema(example = "Expedited shipment and a 2% credit note") @NotBlank @Size(max = 2000) String resolution) {
    }

    @Schema(name = "Loyalty", description = "As of today: retention, share of wallet, satisfaction, complaints, churn risk with causes")
    record LoyaltyView(String customerId, LoyaltyAssessment assessment, List<CategoryBudget> budgets, List<Survey> surveys,
                       List<Complaint> complaints) {
    }

    @GetMapping("/api/customers/{id}/account/loyalty")
    @PreAuthorize(Access.READ)
    @Operation(summary = "Loyalty and churn risk of the account")
    LoyaltyView get(@PathVariable String id, CurrentUser user) {
        return view(loyalty.report(id, user));
    }

    @GetMapping("/api/customers/churn-risks")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The division's accounts at risk of churning, with the causes")
    List<LoyaltyView> churnRisks(CurrentUser user) {
        return loyalty.churnRisks(user).stream().map(LoyaltyController::view).toList();
    }

    @PostMapping("/api/customers/{id}/account/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Record a satisfaction survey", description = "Publishes `kam.customer.satisfaction-recorded.v1`.")
    Survey survey(@PathVariable String id, @Valid @RequestBody SurveyRequest r, CurrentUser user) {
        return loyalty.recordSurvey(id, r.score(), r.surveyedOn(), r.comment(), user);
    }

    @PostMapping("/api/customers/{id}/account/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Record a complaint")
    Complaint complaint(@PathVariable String id, @Valid @RequestBody ComplaintRequest r, CurrentUser user) {
        return loyalty.openComplaint(id, r.subject(), r.openedOn(), user);
    }

    @PostMapping("/api/customers/{id}/account/complaints/{complaintId}/resolution")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Resolve a complaint; its resolution time counts")
    Complaint resolve(@PathVariable String id, @PathVariable String complaintId, @Valid @RequestBody ResolutionRequest r,
                      CurrentUser user) {
        return loyalty.resolveComplaint(id, complaintId, r.resolvedOn(), r.resolution(), user);
    }

    @PutMapping("/api/customers/{id}/account/budgets/{year}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Set the customer's category budget of a year (the denominator of share of wallet)")
    LoyaltyView budget(@PathVariable String id, @PathVariable @Min(2000) @Max(2100) int year,
                       @Valid @RequestBody MoneyRequest budget, CurrentUser user) {
        return view(loyalty.setBudget(id, new CategoryBudget(year, budget.toMoney()), user));
    }

    private static LoyaltyView view(Loyalty.Report report) {
        var loyalty = report.loyalty();
        return new LoyaltyView(report.account().customerId(), report.assessment(), loyalty.budgets(), loyalty.surveys(),
                loyalty.complaints());
    }
}
