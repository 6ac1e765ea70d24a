package com.kamsuite.opportunity.funnel.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.funnel.application.FunnelHealthReport;
import com.kamsuite.opportunity.funnel.application.FunnelHealthReport.Report;
import com.kamsuite.opportunity.funnel.application.FunnelHealthReport.Scope;
import com.kamsuite.opportunity.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/opportunities/funnel-health")
@Tag(name = "Funnel health", description = "Count and amount per stage against the benchmarks (O6)")
class FunnelHealthController {

    private final FunnelHealthReport report;

    FunnelHealthController(FunnelHealthReport report) {
        this.report = report;
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Per open stage: count and amount of open opportunities, ratio to the benchmark and rating "
            + "(>100 % EXCELLENT, 70–100 % GOOD, <70 % WARNING, decided on the exact ratio; ratioPercent is rounded to one decimal for display)")
    Report health(@Parameter(example = "TEAM") @RequestParam(defaultValue = "DIVISION") Scope scope,
                  @Parameter(description = "the owner (OWNER) or the manager (TEAM); default: you", example = "zhang.wei")
                  @RequestParam(required = false) String personId, CurrentUser user) {
        return report.report(scope, personId, user);
    }
}
