package com.kamsuite.customer.plan.web;

import com.kamsuite.customer.common.web.Access;
import com.kamsuite.customer.common.web.MoneyRequest;
import com.kamsuite.customer.plan.application.AccountPlans;
import com.kamsuite.customer.plan.domain.PlanContent;
import com.kamsuite.customer.plan.domain.PlanTeam;
import com.kamsuite.customer.plan.domain.PlanVersion;
import com.kamsuite.customer.plan.domain.TeamForm;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Account plans", description = "Per account per year: goals, strategy, coverage, activities, team form; versioned (C9)")
class PlanController {

    private final AccountPlans plans;

    PlanController(AccountPlans plans) {
        this.plans = plans;
    }

    @Schema(name = "PlanRequest")
    record PlanRequest(
            @Schema(example = "[\"Become preferred supplier for GIS\", \"Win the 2027 framework tender\"]") @NotEmpty List<@NotBlank @Size(max = 500) String> goals,
            @Valid MoneyRequest revenueTarget,
            @Schema(example = "Lead with lifecycle cost; bring the service team in early") @Size(max = 4000) String strategy,
            @Valid List<CoverageRequest> coverage,
            @Valid List<ActivityRequest> activities,
            @Valid @NotNull TeamRequest team,
            @Schema(example = "Revised after the Q3 review") @Size(max = 500) String note) {
    }

    @Schema(name = "PlanCoverage")
    record CoverageRequest(@Schema(example = "采购总监 张建国") @NotBlank @Size(max = 200) String customerSide,
                           @Schema(example = "liu.yang") @NotBlank @Size(max = 64) String ourPersonId,
                           @Schema(example = "monthly") @Size(max = 60) String cadence) {
    }

    @Schema(name = "PlanActivity")
    record ActivityRequest(@Schema(example = "Technical workshop on digital substations") @NotBlank @Size(max = 500) String what,
                           @Schema(example = "liu.yang") @Size(max = 64) String ownerId,
                           @Schema(example = "2027-03-15") LocalDate due) {
    }

    @Schema(name = "PlanTeam")
    record TeamRequest(@Schema(example = "PERMANENT_GROUP") @NotNull TeamForm form,
                       @Schema(example = "zhang.wei") @Size(max = 64) String leadId,
                       @Schema(example = "[\"liu.yang\", \"chen.jing\", \"zhao.lei\"]") List<@NotBlank @Size(max = 64) String> members) {
    }

    @Schema(name = "AccountPlanSummary")
    record PlanSummary(int year, int latestVersion, PlanVersion latest) {
    }

    @PutMapping("/api/customers/{id}/account/plans/{year}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Save the account plan of a year as a new version")
    PlanVersion save(@PathVariable String id, @PathVariable @Min(2000) @Max(2100) int year,
                     @Valid @RequestBody PlanRequest r, CurrentUser user) {
        PlanContent content = new PlanContent(r.goals(), MoneyRequest.toMoney(r.revenueTarget()), r.strategy(),
                r.coverage() == null ? List.of() : r.coverage().stream().map(c -> new PlanContent.Coverage(c.customerSide(), c.ourPersonId(), c.cadence())).toList(),
                r.activities() == null ? List.of() : r.activities().stream().map(a -> new PlanContent.Activity(a.what(), a.ownerId(), a.due())).toList(),
                new PlanTeam(r.team().form(), r.team().leadId(), r.team().members()));
        return plans.save(id, year, content, r.note(), user).latest();
    }

    @GetMapping("/api/customers/{id}/account/plans/{year}")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The plan of a year: the latest version, or `version`")
    PlanVersion get(@PathVariable String id, @PathVariable int year,
                    @RequestParam(required = false) @Min(1) Integer version, CurrentUser user) {
        return plans.version(id, year, version, user);
    }

    @GetMapping("/api/customers/{id}/account/plans")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The account's plans, one per year, with their latest versions")
    List<PlanSummary> all(@PathVariable String id, CurrentUser user) {
        return plans.all(id, user).stream().map(p -> new PlanSummary(p.year(), p.latest().version(), p.latest())).toList();
    }
}
