package com.kamsuite.opportunity.opportunity.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.opportunity.application.Opportunities;
import com.kamsuite.opportunity.opportunity.domain.AssessmentQuestion;
import com.kamsuite.opportunity.opportunity.domain.BuyingRole;
import com.kamsuite.opportunity.opportunity.domain.Contact;
import com.kamsuite.opportunity.opportunity.web.OpportunityViews.AssessmentView;
import com.kamsuite.opportunity.opportunity.web.OpportunityViews.OpportunityView;
import com.kamsuite.opportunity.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/opportunities/{id}")
@Tag(name = "Funnel", description = "Stage moves, win and loss (O2), buying-committee contacts and value assessments (O3)")
class FunnelController {

    private final Opportunities opportunities;

    FunnelController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @Schema(name = "StageMoveRequest")
    record StageMoveRequest(
            @Schema(example = "03", description = "an open stage 01–07; 08 is reached by win or loss") @NotNull @Pattern(regexp = "0[1-7]") String stage,
            @Schema(example = "budget postponed to next year", description = "required when moving back") @Size(max = 2000) String reason) {
    }

    @Schema(name = "WinRequest")
    record WinRequest(@Schema(example = "2027-03-28", description = "default: today") LocalDate wonOn) {
    }

    @Schema(name = "LossRequest")
    record LossRequest(
            @Schema(example = "price 12 % above the winner") @NotBlank @Size(max = 2000) String reason,
            @Schema(example = "ABB") @Size(max = 200) String winningCompetitor,
            @Schema(example = "2027-03-28", description = "default: today") LocalDate lostOn) {
    }

    @Schema(name = "ContactRequest")
    record ContactRequest(
            @Schema(example = "陈总") @NotBlank @Size(max = 200) String name,
            @Schema(example = "Chief engineer") @Size(max = 200) String title,
            @Schema(example = "DECISION_MAKER") @NotNull BuyingRole buyingRole,
            @Schema(example = "kp-3", description = "the key person in the customer's account archive, if any") @Size(max = 64) String keyPersonId) {
    }

    @Schema(name = "AssessmentRequest", description = "a yes (true) or no (false) for each of the twenty questions")
    record AssessmentRequest(
            @Schema(example = "{\"APPLICATION_CLEAR\":true,\"OPERATING_PROFIT_KNOWN\":false}") @NotEmpty Map<AssessmentQuestion, Boolean> answers,
            @Schema(example = "after the site visit") @Size(max = 2000) String note) {
    }

    @PostMapping("/stage-moves")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "Move to another open stage; announces kam.opportunity.stage-changed.v1 with the division's probability")
    @ApiResponse(responseCode = "200", description = "Moved")
    @ApiResponse(responseCode = "403", description = "You are not on the sales team (type .../not-on-team)")
    @ApiResponse(responseCode = "409", description = "Closed or already in that stage")
    @ApiResponse(responseCode = "422", description = "A stage gate refuses (type .../stage-gate) or moving back without reason (.../reason-required)")
    OpportunityView move(@PathVariable String id, @Valid @RequestBody StageMoveRequest request, CurrentUser user) {
        return OpportunityView.of(opportunities.moveTo(id, request.stage(), request.reason(), user));
    }

    @PostMapping("/win")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "Close as won (stage 08, 100 %); announces kam.opportunity.won.v1 with the team's credit split")
    @ApiResponse(responseCode = "409", description = "Already closed")
    @ApiResponse(responseCode = "422", description = "A stage gate refuses (type .../stage-gate)")
    OpportunityView win(@PathVariable String id, @Valid @RequestBody(required = false) WinRequest request, CurrentUser user) {
        return OpportunityView.of(opportunities.win(id, request == null ? null : request.wonOn(), user));
    }

    @PostMapping("/loss")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "Close as lost (stage 08, 0 %) with the reason and, where known, the winning competitor")
    @ApiResponse(responseCode = "409", description = "Already closed")
    OpportunityView lose(@PathVariable String id, @Valid @RequestBody LossRequest request, CurrentUser user) {
        return OpportunityView.of(opportunities.lose(id, request.reason(), request.winningCompetitor(), request.lostOn(), user));
    }

    @PostMapping("/contacts")
    @PreAuthorize(Access.SELLERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person of the customer's buying committee (a decision maker opens the gate to stage 03)")
    Contact addContact(@PathVariable String id, @Valid @RequestBody ContactRequest request, CurrentUser user) {
        return opportunities.addContact(id, request.name(), request.title(), request.buyingRole(), request.keyPersonId(), user);
    }

    @PostMapping("/assessments")
    @PreAuthorize(Access.SELLERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a value assessment (O3): twenty yes/no answers; a score above 10 is a high-value opportunity")
    @ApiResponse(responseCode = "400", description = "A question is unanswered or unknown")
    AssessmentView assess(@PathVariable String id, @Valid @RequestBody AssessmentRequest request, CurrentUser user) {
        return AssessmentView.of(opportunities.assess(id, request.answers(), request.note(), user));
    }

    @GetMapping("/assessments")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Every value assessment of the opportunity, oldest first")
    List<AssessmentView> assessments(@PathVariable String id, CurrentUser user) {
        return opportunities.get(id, user).assessments().stream().map(AssessmentView::of).toList();
    }
}
