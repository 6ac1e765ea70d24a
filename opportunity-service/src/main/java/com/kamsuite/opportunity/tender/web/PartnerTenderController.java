package com.kamsuite.opportunity.tender.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.tender.application.Tenders;
import com.kamsuite.opportunity.tender.domain.PartnerParticipation;
import com.kamsuite.opportunity.tender.domain.TenderProject;
import com.kamsuite.opportunity.tender.domain.TenderTerms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner route (G3): the gateway forwards {@code /partner/v1/tenders} unchanged. A partner sees only the tenders it
 * is invited to, and only what it needs to bid (not our internal assessment: relationship, competition, its own credit
 * standing), and records its participation for itself: its id comes from the token, never from the request (a
 * {@code partnerId} or any other unknown field in the body is a 400).
 */
@RestController
@RequestMapping("/partner/v1/tenders")
@PreAuthorize("hasRole('PARTNER')")
@Tag(name = "Partner tenders", description = "Channel partners: tenders they are invited to and their participation (O5, G3)")
class PartnerTenderController {

    private final Tenders tenders;

    PartnerTenderController(Tenders tenders) {
        this.tenders = tenders;
    }

    @Schema(name = "PartnerParticipationRequest")
    record ParticipationRequest(
            @Schema(example = "true") @NotNull Boolean participating,
            @Schema(example = "one agent one scheme, lot 2") @Size(max = 2000) String scheme,
            @Schema(example = "980000.00") @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal quotedAmount,
            @Schema(example = "CNY") @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "delivery in two batches") @Size(max = 2000) String note,
            @Schema(hidden = true) @Size(max = 0, message = "{kam.partner.unknown-fields}") @JsonAnySetter Map<String, Object> unknownFields) {

        /** Strict validation (G3): an unknown field, a {@code partnerId} above all, is refused rather than ignored. */
        ParticipationRequest {
            unknownFields = unknownFields == null ? new LinkedHashMap<>() : unknownFields;
        }
    }

    @Schema(name = "PartnerTender")
    record PartnerTenderView(String tenderId, String name, TenderTerms.SalesMode salesMode, TenderTerms.TenderMode tenderMode,
                             boolean splitIntoLots, boolean singleQuote, LocalDate deliveryDate, String deliveryPlace,
                             TenderTerms.EvaluationWeights evaluationWeights, String participation, String scheme,
                             BigDecimal quotedAmount, String currency, String note, Instant answeredAt) {

        static PartnerTenderView of(TenderProject t, String partnerId) {
            TenderTerms terms = t.terms();
            PartnerParticipation own = t.participation(partnerId).orElseThrow();
            return new PartnerTenderView(t.id(), t.opportunityName(), terms.salesMode(), terms.tenderMode(), terms.splitIntoLots(),
                    terms.singleQuote(), terms.deliveryDate(), terms.deliveryPlace(), terms.weights(), own.status().name(),
                    own.scheme(), own.quotedAmount(), own.currency(), own.note(), own.answeredAt());
        }
    }

    @GetMapping
    @Operation(summary = "The tenders you are invited to")
    List<PartnerTenderView> list(CurrentUser partner) {
        return tenders.forPartner(partner).stream().map(t -> PartnerTenderView.of(t, partner.partnerId())).toList();
    }

    @GetMapping("/{tenderId}")
    @Operation(summary = "One tender you are invited to")
    @ApiResponse(responseCode = "404", description = "No such tender, or you are not invited to it")
    PartnerTenderView get(@PathVariable String tenderId, CurrentUser partner) {
        return PartnerTenderView.of(tenders.forPartner(tenderId, partner), partner.partnerId());
    }

    @PutMapping("/{tenderId}/participation")
    @Operation(summary = "Record whether you participate, with your scheme and quote")
    @ApiResponse(responseCode = "404", description = "No such tender, or you are not invited to it")
    @ApiResponse(responseCode = "409", description = "A decline with a scheme or quote (type .../declined-with-quote)")
    PartnerTenderView participate(@PathVariable String tenderId, @Valid @RequestBody ParticipationRequest request,
                                  CurrentUser partner) {
        return PartnerTenderView.of(tenders.answer(tenderId, request.participating(), request.scheme(), request.quotedAmount(),
                request.currency(), request.note(), partner), partner.partnerId());
    }
}
