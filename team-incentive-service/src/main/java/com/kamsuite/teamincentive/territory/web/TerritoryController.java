package com.kamsuite.teamincentive.territory.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.web.Access;
import com.kamsuite.teamincentive.territory.application.TerritoryPlanning;
import com.kamsuite.teamincentive.territory.domain.AssignmentRule;
import com.kamsuite.teamincentive.territory.domain.CustomerSize;
import com.kamsuite.teamincentive.territory.domain.PlanStatus;
import com.kamsuite.teamincentive.territory.domain.RegionalPlan;
import com.kamsuite.teamincentive.territory.domain.Redeployment;
import com.kamsuite.teamincentive.territory.domain.Territory;
import com.kamsuite.teamincentive.territory.domain.TerritoryPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/org")
@Tag(name = "Territories", description = "T2: territory plans, assignment rules (region × industry × size → account manager), approval, publication, preview, redeployment")
class TerritoryController {

    private final TerritoryPlanning planning;

    TerritoryController(TerritoryPlanning planning) {
        this.planning = planning;
    }

    @Schema(name = "NewTerritoryPlanRequest")
    record NewPlanRequest(@Schema(example = "2027 territory plan") @NotBlank @Size(max = 120) String name,
                          @Schema(example = "2027-01-01") @NotNull LocalDate effectiveFrom) {
    }

    @Schema(name = "RevisionRequest", description = "A new draft version starting from this plan")
    record RevisionRequest(@Schema(example = "2027-04-01") LocalDate effectiveFrom) {
    }

    @Schema(name = "TerritoryRequest")
    record TerritoryRequest(
            @Schema(example = "EAST-GRID") @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}") String territoryId,
            @Schema(example = "华东电网 East China grid") @NotBlank @Size(max = 120) String name,
            @Schema(example = "EAST") @Size(max = 60) String region,
            @Schema(example = "[\"liu.yang\"]") @Size(max = 200) List<@NotBlank String> accountManagerIds) {
    }

    @Schema(name = "RuleRequest", description = "A null criterion matches any value; a rule with a region goes to that region's plan")
    record RuleRequest(
            @Schema(example = "100") @Min(0) @Max(1000) int priority,
            @Schema(example = "EAST") @Size(max = 60) String region,
            @Schema(example = "UTILITIES") @Size(max = 60) String industry,
            @Schema(example = "ENTERPRISE") CustomerSize size,
            @Schema(example = "liu.yang") @NotBlank @Size(max = 64) String accountManagerId,
            @Schema(example = "EAST-GRID") @Size(max = 40) String territoryId) {
    }

    @Schema(name = "ReasonRequest")
    record ReasonRequest(@Schema(example = "Split East into grid and industry territories") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "RedeploymentRequest")
    record RedeploymentRequest(
            @Schema(example = "chen.jing") @NotBlank @Size(max = 64) String personId,
            @Schema(example = "EAST-INDUSTRY") @NotBlank @Size(max = 40) String toTerritoryId,
            @Schema(example = "liu.yang", description = "Takes over the person's rules outside the new territory") @Size(max = 64) String successorId,
            @Schema(example = "Industry accounts need an experienced manager") @Size(max = 500) String reason) {
    }

    @Schema(name = "AssignmentPreviewRequest")
    record PreviewRequest(
            @Schema(example = "EAST") @Size(max = 60) String region,
            @Schema(example = "UTILITIES") @Size(max = 60) String industry,
            @Schema(example = "ENTERPRISE") CustomerSize size,
            @Schema(description = "A plan to try (e.g. a draft); default the plan in force") @Size(max = 64) String planId) {
    }

    @Schema(name = "TerritoryPlan")
    record PlanView(String id, int version, String name, LocalDate effectiveFrom, String previousPlanId, PlanStatus status,
                    List<Territory> territories, List<AssignmentRule> rules, List<RegionalPlan> regionalPlans,
                    List<Redeployment> redeployments, List<AuditEntry> history) {

        static PlanView of(TerritoryPlan plan) {
            return new PlanView(plan.id(), plan.planVersion(), plan.name(), plan.effectiveFrom(), plan.previousPlanId(),
                    plan.status(), plan.territories(), plan.overallRules(), plan.regionalPlans(), plan.redeployments(),
                    plan.history());
        }
    }

    @Schema(name = "AssignmentPreview")
    record PreviewView(String planId, int version, String accountManagerId, AssignmentRule rule, String explanation,
                       List<AssignmentRule> candidates) {
    }

    @PostMapping("/territory-plans")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Draft a new territory plan (the next version of the division)")
    @ApiResponse(responseCode = "201", description = "Drafted")
    ResponseEntity<PlanView> create(@Valid @RequestBody NewPlanRequest request, CurrentUser user) {
        return created(planning.create(request.name(), request.effectiveFrom(), user));
    }

    @PostMapping("/territory-plans/{planId}/revisions")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Start a new draft version from a plan (to change rules or redeploy people); the plan itself stays as it is")
    ResponseEntity<PlanView> revise(@PathVariable String planId, @Valid @RequestBody RevisionRequest request, CurrentUser user) {
        return created(planning.revise(planId, request.effectiveFrom(), user));
    }

    @GetMapping("/territory-plans")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "Every version of the division's territory plan")
    List<PlanView> plans(CurrentUser user) {
        return planning.plans(user).stream().map(PlanView::of).toList();
    }

    @GetMapping("/territory-plans/{planId}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A territory plan version")
    PlanView plan(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(planning.plan(planId, user));
    }

    @PutMapping("/territory-plans/{planId}/territories")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Define or redefine a territory of a draft plan")
    PlanView defineTerritory(@PathVariable String planId, @Valid @RequestBody TerritoryRequest request, CurrentUser user) {
        return PlanView.of(planning.defineTerritory(planId,
                new Territory(request.territoryId(), request.name(), request.region(), request.accountManagerIds()), user));
    }

    @PostMapping("/territory-plans/{planId}/rules")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Add an assignment rule (to the overall plan, or to its region's plan)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = "The plan (or the regional plan) is not a draft")
    @ApiResponse(responseCode = "422", description = "Unknown region or territory; the person is no account manager")
    ResponseEntity<AssignmentRule> addRule(@PathVariable String planId, @Valid @RequestBody RuleRequest request, CurrentUser user) {
        AssignmentRule rule = planning.addRule(planId, new TerritoryPlanning.NewRule(request.priority(), request.region(),
                request.industry(), request.size(), request.accountManagerId(), request.territoryId()), user);
        return ResponseEntity.created(URI.create("/api/org/territory-plans/" + planId + "/rules/" + rule.ruleId())).body(rule);
    }

    @DeleteMapping("/territory-plans/{planId}/rules/{ruleId}")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Remove a rule from a draft")
    PlanView removeRule(@PathVariable String planId, @PathVariable String ruleId, CurrentUser user) {
        return PlanView.of(planning.removeRule(planId, ruleId, user));
    }

    @PostMapping("/territory-plans/{planId}/regions/{region}/submission")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Submit a regional plan for approval")
    PlanView submitRegion(@PathVariable String planId, @PathVariable String region, CurrentUser user) {
        return PlanView.of(planning.submitRegionalPlan(planId, region, user));
    }

    @PostMapping("/territory-plans/{planId}/regions/{region}/approval")
    @PreAuthorize(Access.REGIONAL_APPROVERS)
    @Operation(summary = "Approve a regional plan (sales director or division head)")
    PlanView approveRegion(@PathVariable String planId, @PathVariable String region, CurrentUser user) {
        return PlanView.of(planning.approveRegionalPlan(planId, region, user));
    }

    @PostMapping("/territory-plans/{planId}/regions/{region}/return")
    @PreAuthorize(Access.REGIONAL_APPROVERS)
    @Operation(summary = "Return a submitted regional plan for changes")
    PlanView returnRegion(@PathVariable String planId, @PathVariable String region, @Valid @RequestBody ReasonRequest request,
                          CurrentUser user) {
        return PlanView.of(planning.returnRegionalPlan(planId, region, request.reason(), user));
    }

    @PostMapping("/territory-plans/{planId}/submission")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Submit the overall plan (every regional plan must be approved)")
    @ApiResponse(responseCode = "422", description = "Regional plans pending, or no rules")
    PlanView submit(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(planning.submit(planId, user));
    }

    @PostMapping("/territory-plans/{planId}/approval")
    @PreAuthorize(Access.DIVISION_HEAD)
    @Operation(summary = "Approve the plan: its rules are published as kam.org.assignment-rules-published.v1 for customer-service")
    @ApiResponse(responseCode = "409", description = "Not submitted, or a newer version is in force")
    PlanView approve(@PathVariable String planId, CurrentUser user) {
        return PlanView.of(planning.approve(planId, user));
    }

    @PostMapping("/territory-plans/{planId}/return")
    @PreAuthorize(Access.DIVISION_HEAD)
    @Operation(summary = "Return a submitted plan for changes")
    PlanView returnPlan(@PathVariable String planId, @Valid @RequestBody ReasonRequest request, CurrentUser user) {
        return PlanView.of(planning.returnForChanges(planId, request.reason(), user));
    }

    @PostMapping("/territory-plans/{planId}/redeployments")
    @PreAuthorize(Access.SALES_OPERATIONS)
    @Operation(summary = "Redeploy an account manager to another territory in a draft version; their rules elsewhere go to a successor")
    PlanView redeploy(@PathVariable String planId, @Valid @RequestBody RedeploymentRequest request, CurrentUser user) {
        return PlanView.of(planning.redeploy(planId, request.personId(), request.toTerritoryId(), request.successorId(),
                request.reason(), user));
    }

    @PostMapping("/assignment-preview")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "Who would get a customer of this region, industry and size, and by which rule")
    PreviewView preview(@Valid @RequestBody PreviewRequest request, CurrentUser user) {
        var preview = planning.preview(request.planId(), request.region(), request.industry(), request.size(), user);
        AssignmentRule winner = preview.winner();
        String explanation = winner == null ? "No rule matches: the customer stays unassigned until assigned by hand."
                : "Rule %s (priority %d, %d criteria) wins over %d other matching rule(s): highest priority, then most specific, then smallest rule id."
                .formatted(winner.ruleId(), winner.priority(), winner.specificity(), preview.candidates().size() - 1);
        return new PreviewView(preview.plan().id(), preview.plan().planVersion(), winner == null ? null : winner.accountManagerId(),
                winner, explanation, preview.candidates());
    }

    @GetMapping("/people/{personId}/deployments")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "Where a person was deployed in every approved plan version, and their redeployments")
    TerritoryPlanning.DeploymentHistory deployments(@PathVariable String personId, CurrentUser user) {
        return planning.history(personId, user);
    }

    private static ResponseEntity<PlanView> created(TerritoryPlan plan) {
        return ResponseEntity.created(URI.create("/api/org/territory-plans/" + plan.id())).body(PlanView.of(plan));
    }
}
