package com.kamsuite.opportunity.tender.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.shared.web.Access;
import com.kamsuite.opportunity.tender.application.Tenders;
import com.kamsuite.opportunity.tender.domain.PartnerParticipation;
import com.kamsuite.opportunity.tender.domain.TenderProject;
import com.kamsuite.opportunity.tender.domain.TenderTerms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;

@RestController
@RequestMapping("/api/opportunities/{id}/tender")
@Tag(name = "Tender project", description = "Key-account tender details and supporting channel partners (O5)")
class TenderController {

    private final Tenders tenders;

    TenderController(Tenders tenders) {
        this.tenders = tenders;
    }

    @Schema(name = "EvaluationWeightsRequest", description = "percent, together 100")
    record WeightsRequest(
            @Schema(example = "50") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal price,
            @Schema(example = "10") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal service,
            @Schema(example = "30") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal technical,
            @Schema(example = "10") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal commercial) {
    }

    @Schema(name = "TenderTermsRequest")
    record TermsRequest(
            @Schema(example = "BID") @NotNull TenderTerms.SalesMode salesMode,
            @Schema(example = "OPEN_SECOND_PRICE_ALLOWED", description = "required for a bid") TenderTerms.TenderMode tenderMode,
            @Schema(example = "true", description = "default false") Boolean splitIntoLots,
            @Schema(example = "false", description = "default false") Boolean singleQuote,
            @Schema(example = "US_AND_AGENTS_SEVERAL_SCHEMES") TenderTerms.BidScheme bidScheme,
            @Schema(example = "2027-06-30") LocalDate deliveryDate,
            @Schema(example = "Substation 3, Pudong") @Size(max = 200) String deliveryPlace,
            @Valid WeightsRequest evaluationWeights,
            @Schema(example = "VERY_LARGE") TenderTerms.RegionalImpact regionalImpact,
            @Schema(example = "[\"ABB\", \"Schneider\"]") @Size(max = 30) List<@NotBlank @Size(max = 100) String> competingBrands,
            @Schema(example = "Grid upgrade, phase 2 of 3") @Size(max = 4000) String background,
            @Schema(example = "FAIR") TenderTerms.RelationshipDegree relationshipDegree) {

        TenderTerms toTerms() {
            WeightsRequest w = evaluationWeights;
            return new TenderTerms(salesMode, tenderMode, Boolean.TRUE.equals(splitIntoLots), Boolean.TRUE.equals(singleQuote), bidScheme, deliveryDate, deliveryPlace,
                    w == null ? null : new TenderTerms.EvaluationWeights(w.price(), w.service(), w.technical(), w.commercial()),
                    regionalImpact, competingBrands, background, relationshipDegree);
        }
    }

    @Schema(name = "PartnerInvitationRequest")
    record InvitationRequest(@Schema(example = "GOOD") @NotNull PartnerParticipation.CreditStanding creditStanding) {
    }

    @Schema(name = "TenderProject")
    record TenderView(String opportunityId, String opportunityName, TenderTerms terms, List<PartnerParticipation> partners,
                      List<TenderChange> changes) {

        static TenderView of(TenderProject t) {
            return new TenderView(t.id(), t.opportunityName(), t.terms(), t.partners(),
                    t.changes().stream().map(c -> new TenderChange(c.at(), c.by(), c.what())).toList());
        }
    }

    @Schema(name = "TenderChange")
    record TenderChange(Instant at, String by, String what) {
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "The tender project of an opportunity of your division")
    @ApiResponse(responseCode = "404", description = "No such opportunity, or no tender details yet")
    TenderView get(@PathVariable String id, CurrentUser user) {
        return TenderView.of(tenders.get(id, user));
    }

    @PutMapping
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The sales team records or revises the tender terms (every change kept)")
    @ApiResponse(responseCode = "400", description = "Invalid terms (a bid without tender mode, weights not adding up to 100)")
    @ApiResponse(responseCode = "403", description = "Not on the sales team")
    TenderView putTerms(@PathVariable String id, @Valid @RequestBody TermsRequest request, CurrentUser user) {
        return TenderView.of(tenders.putTerms(id, request.toTerms(), user));
    }

    @PutMapping("/partners/{partnerId}")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "Invite a supporting channel partner, with our view of its credit standing")
    TenderView invite(@PathVariable String id, @PathVariable @Size(max = 64) String partnerId,
                      @Valid @RequestBody InvitationRequest request, CurrentUser user) {
        return TenderView.of(tenders.invite(id, partnerId, request.creditStanding(), user));
    }
}
