package com.kamsuite.forecast.performance.web;

import com.kamsuite.forecast.performance.application.Performance;
import com.kamsuite.forecast.performance.domain.AccuracyReport;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.web.Access;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/forecasts")
@Tag(name = "Forecast performance", description = "F6 accuracy (forecast vs won) and F7 timeliness (who has not submitted by the deadline)")
class PerformanceController {

    private final Performance performance;

    PerformanceController(Performance performance) {
        this.performance = performance;
    }

    @GetMapping("/accuracy")
    @PreAuthorize(Access.FORECAST_READERS)
    @Operation(summary = "Forecast vs won per person, team and division (you see yourself and everyone below you; the head and sales operations the division)")
    List<AccuracyReport.Row> accuracy(@Parameter(example = "2027-Q1") @RequestParam @Pattern(regexp = Period.PATTERN) String period,
                                      CurrentUser user) {
        return performance.accuracy(new Period(period), user);
    }

    @GetMapping("/timeliness")
    @PreAuthorize(Access.MANAGEMENT)
    @Operation(summary = "Who submitted on time, late, not yet, or not at all by the deadline of the period")
    Performance.TimelinessReport timeliness(@Parameter(example = "2027-Q1") @RequestParam @Pattern(regexp = Period.PATTERN) String period,
                                            CurrentUser user) {
        return performance.timeliness(new Period(period), user);
    }
}
