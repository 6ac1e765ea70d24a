package com.kamsuite.teamincentive.appraisal.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.appraisal.application.Appraisals;
import com.kamsuite.teamincentive.appraisal.domain.Appraisal;
import com.kamsuite.teamincentive.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/incentives/appraisals")
@Tag(name = "Appraisals", description = "T5: attainment plus the key-account factor (satisfaction and contribution of the accounts served)")
class AppraisalController {

    private final Appraisals appraisals;

    AppraisalController(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @GetMapping
    @PreAuthorize(Access.APPRAISAL_READERS)
    @Operation(summary = "The appraisals of everyone in a sales role for a period")
    List<Appraisal> all(@Parameter(example = "2026-Q3") @RequestParam String period, CurrentUser user) {
        return appraisals.appraiseAll(period, user);
    }

    @GetMapping("/{personId}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A person's appraisal for a period (the person, those above them, HR, sales operations, the division head)")
    Appraisal one(@PathVariable String personId, @Parameter(example = "2026-Q3") @RequestParam String period, CurrentUser user) {
        return appraisals.appraise(personId, period, user);
    }
}
