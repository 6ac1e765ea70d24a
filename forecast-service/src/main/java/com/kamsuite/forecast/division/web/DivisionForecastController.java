package com.kamsuite.forecast.division.web;

import com.kamsuite.forecast.division.application.DivisionForecasts;
import com.kamsuite.forecast.division.domain.ChannelComparison;
import com.kamsuite.forecast.division.domain.DivisionForecast;
import com.kamsuite.forecast.division.domain.ProductionFigures;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.web.Access;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/forecasts/division/{period}")
@Tag(name = "Division forecast", description = "F4: channel comparison, finalisation by the division head, publication to production planning")
class DivisionForecastController {

    private final DivisionForecasts divisionForecasts;

    DivisionForecastController(DivisionForecasts divisionForecasts) {
        this.divisionForecasts = divisionForecasts;
    }

    @Schema(name = "FinalisationRequest")
    record FinalisationRequest(
            @Schema(example = "[\"partner-huadong\"]", description = "Partners whose latest forecast of the period is added to the direct roll-up")
            @NotNull @Size(max = 200) List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String> includePartnerIds,
            @Schema(example = "Channel forecast of Huadong included after review") @Size(max = 500) String note) {
    }

    @Schema(name = "ChannelComparison", description = "Variance = partners − direct; percent relative to the direct amount (null when it is zero)")
    record ComparisonView(String period, String rollUpForecastId, int rollUpVersion, String rollUpOwnerId,
                          BigDecimal rollUpForecastAmount, ChannelComparison.Result comparison) {
    }

    @Schema(name = "DivisionForecast", description = "What was published to production planning (kam.forecast.published.v2): "
            + "items in whole units of their unit of measure whose amounts add up to the total of the current version")
    record DivisionForecastView(String id, String period, int version, String currency, List<ItemView> items,
                                List<DivisionForecast.PublishedVersion> versions) {

        static DivisionForecastView of(DivisionForecast f) {
            return new DivisionForecastView(f.id(), f.period().code(), f.publishedVersion(), f.currency(),
                    f.items().stream().map(ItemView::of).toList(), f.versions());
        }
    }

    @Schema(name = "DivisionForecastItem", description = "A product in a delivery month and unit: quantity = direct + channel "
            + "whole units; amount = direct + channel, the managers' total adjustments spread over the direct amounts")
    record ItemView(@Schema(example = "KYN28-12") String productCode, String productName,
                    @Schema(example = "2027-05") String deliveryMonth, @Schema(example = "C62") String unit,
                    @Schema(example = "23") long quantity, @Schema(example = "21") long directQuantity,
                    @Schema(example = "2") long channelQuantity, @Schema(example = "999911.50") BigDecimal amount,
                    @Schema(example = "819911.50") BigDecimal directAmount, @Schema(example = "180000.00") BigDecimal channelAmount) {

        static ItemView of(ProductionFigures.Item i) {
            return new ItemView(i.productCode(), i.productName(), i.deliveryMonth(), i.unit(), i.quantity(), i.directQuantity(),
                    i.channelQuantity(), i.amount(), i.directAmount(), i.channelAmount());
        }
    }

    @GetMapping("/comparison")
    @PreAuthorize(Access.DIVISION_MANAGEMENT)
    @Operation(summary = "Compare the division's submitted roll-up with the channel partners' latest forecasts, by product, month and partner")
    @ApiResponse(responseCode = "422", description = "No submitted division roll-up for the period yet (no-division-rollup)")
    ComparisonView comparison(@PathVariable @Pattern(regexp = Period.PATTERN) String period, CurrentUser user) {
        var comparison = divisionForecasts.comparison(new Period(period), user);
        var rollUp = comparison.rollUp();
        return new ComparisonView(period, rollUp.id(), rollUp.versionNumber(), rollUp.ownerId(), rollUp.forecastAmount(),
                comparison.result());
    }

    @PostMapping("/finalisation")
    @PreAuthorize(Access.DIVISION_HEAD)
    @Operation(summary = "Finalise the division forecast from your submitted roll-up and publish it to production planning "
            + "(next version, on kam.forecast.published.v2 and, deprecated, kam.forecast.published.v1)")
    @ApiResponse(responseCode = "422", description = "You have no submitted division-level forecast of the period (no-division-rollup), "
            + "a named partner has no forecast of it (unknown-partner-forecast), or the forecast has an amount but no product to carry it (nothing-to-carry)")
    DivisionForecastView finalise(@PathVariable @Pattern(regexp = Period.PATTERN) String period,
                                  @Valid @RequestBody FinalisationRequest request, CurrentUser user) {
        return DivisionForecastView.of(divisionForecasts.finalise(new Period(period), request.includePartnerIds(),
                request.note(), user));
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The published division forecast of the period with every version (who, when, from what)")
    @ApiResponse(responseCode = "404", description = "Not finalised yet")
    DivisionForecastView published(@PathVariable @Pattern(regexp = Period.PATTERN) String period, CurrentUser user) {
        return DivisionForecastView.of(divisionForecasts.published(new Period(period), user));
    }
}
