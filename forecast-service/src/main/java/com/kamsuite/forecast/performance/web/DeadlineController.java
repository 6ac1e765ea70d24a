package com.kamsuite.forecast.performance.web;

import com.kamsuite.forecast.performance.application.Performance;
import com.kamsuite.forecast.shared.web.Access;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/forecasts/my-next-deadline")
@Tag(name = "Forecast performance")
class DeadlineController {

    private final Performance performance;

    DeadlineController(Performance performance) {
        this.performance = performance;
    }

    @GetMapping
    @PreAuthorize(Access.FORECASTERS)
    @Operation(summary = "Your next forecast deadline (your level's, grace days included) and whether you have submitted for that period")
    @ApiResponse(responseCode = "404", description = "No deadline ahead within the horizon (type .../not-found)")
    @ApiResponse(responseCode = "422", description = "No forecast principles yet (type .../no-principles)")
    Performance.NextDeadline next(CurrentUser user) {
        return performance.nextDeadline(user).orElseThrow(() -> new NotFoundException("forecast-deadline", user.personId()));
    }
}
