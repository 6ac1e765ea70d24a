package com.kamsuite.forecast.division.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.kamsuite.forecast.division.application.DivisionForecasts;
import com.kamsuite.forecast.division.domain.PartnerForecast;
import com.kamsuite.forecast.division.domain.PartnerLine;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.web.Access;
import com.kamsuite.kit.domain.UnitOfMeasure;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * G3 / F4: the partner API. The gateway forwards {@code /partner/v1/**} unchanged; the partner's token carries its
 * {@code partner_id} and division, so a partner submits and reads only its own forecasts. Validation is strict: unknown
 * fields (a {@code partnerId} in the body included) are refused, like malformed codes, months and amounts.
 */
@RestController
@RequestMapping("/partner/v1/forecasts")
@Tag(name = "Partner forecasts", description = "G3/F4: channel partners submit their own forecasts (product × delivery month)")
class PartnerForecastController {

    private final DivisionForecasts divisionForecasts;

    PartnerForecastController(DivisionForecasts divisionForecasts) {
        this.divisionForecasts = divisionForecasts;
    }

    @Schema(name = "PartnerForecastRequest")
    record PartnerForecastRequest(
            @Schema(example = "2027-Q1") @NotNull @Pattern(regexp = Period.PATTERN) String period,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotEmpty @Size(max = PartnerForecast.MAX_LINES) List<@Valid @NotNull Line> lines,
            @Schema(example = "Tender of the provincial grid moved to March", description = "Required from the second submission of a period on")
            @Size(max = 500) String reason,
            @Schema(hidden = true) @Size(max = 0, message = "{kam.partner.unknown-fields}") @JsonAnySetter Map<String, Object> unknownFields) {

        PartnerForecastRequest {
            unknownFields = unknownFields == null ? new LinkedHashMap<>() : unknownFields;
        }

        @Schema(name = "PartnerForecastLine")
        record Line(
                @Schema(example = "TX-500") @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String productCode,
                @Schema(example = "Transformer 500 kVA") @Size(max = 200) String productName,
                @Schema(example = "2027-02") @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String deliveryMonth,
                @Schema(example = "12") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal quantity,
                @Schema(example = "1080000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
                @Schema(example = "C62", description = "The unit the quantity is counted in, a UN/CEFACT Recommendation 20 code "
                        + "(C62 one, H87 piece, SET, PR pair, LO lot, MTR, KMT, MTK, MTQ, KGM, TNE, LTR); default C62")
                @Pattern(regexp = UnitOfMeasure.PATTERN) String unit,
                @Schema(hidden = true) @Size(max = 0, message = "{kam.partner.unknown-fields}") @JsonAnySetter Map<String, Object> unknownFields) {

            Line {
                unknownFields = unknownFields == null ? new LinkedHashMap<>() : unknownFields;
            }
        }
    }

    @Schema(name = "PartnerForecast")
    record PartnerForecastView(String id, String partnerId, String period, int version, String currency,
                               List<PartnerLine> lines, BigDecimal amount, String reason, Instant submittedAt) {

        static PartnerForecastView of(PartnerForecast f) {
            return new PartnerForecastView(f.id(), f.partnerId(), f.period().code(), f.versionNumber(), f.currency(),
                    f.lines(), f.amount(), f.reason(), f.submittedAt());
        }
    }

    @PostMapping
    @PreAuthorize(Access.PARTNER)
    @Operation(summary = "Submit your forecast of a period (each submission is a new, immutable version)")
    @ApiResponse(responseCode = "201", description = "Submitted")
    @ApiResponse(responseCode = "400", description = "Invalid or unknown fields")
    @ApiResponse(responseCode = "422", description = "Period not open, wrong currency, a delivery month outside the window, a product twice in a month, or a resubmission without reason")
    ResponseEntity<PartnerForecastView> submit(@Valid @RequestBody PartnerForecastRequest request, CurrentUser user) {
        PartnerForecast forecast = divisionForecasts.submitPartnerForecast(new Period(request.period()), request.currency(),
                request.lines().stream().map(l -> new PartnerLine(l.productCode(), l.productName(), l.deliveryMonth(),
                        l.quantity(), l.amount(), l.unit())).toList(), request.reason(), user);
        return ResponseEntity.created(URI.create("/partner/v1/forecasts?period=" + forecast.period().code()))
                .body(PartnerForecastView.of(forecast));
    }

    @GetMapping
    @PreAuthorize(Access.PARTNER)
    @Operation(summary = "Your forecasts of a period, every version")
    List<PartnerForecastView> own(@RequestParam @Pattern(regexp = Period.PATTERN) String period, CurrentUser user) {
        return divisionForecasts.ownPartnerForecasts(new Period(period), user).stream().map(PartnerForecastView::of).toList();
    }
}
