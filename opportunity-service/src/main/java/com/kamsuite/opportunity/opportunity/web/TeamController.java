package com.kamsuite.opportunity.opportunity.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.opportunity.application.Opportunities;
import com.kamsuite.opportunity.opportunity.domain.TeamRole;
import com.kamsuite.opportunity.opportunity.web.OpportunityViews.OpportunityView;
import com.kamsuite.opportunity.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/opportunities/{id}")
@Tag(name = "Sales team", description = "Team members, credit split, owner change (O4) and confirmation (O8)")
class TeamController {

    private final Opportunities opportunities;

    TeamController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @Schema(name = "TeamMemberRequest")
    record MemberRequest(@Schema(example = "PRE_SALES") @NotNull TeamRole role) {
    }

    @Schema(name = "CreditShare")
    record CreditShare(
            @Schema(example = "liu.yang") @NotBlank @Size(max = 64) String personId,
            @Schema(example = "70") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2) BigDecimal percent) {
    }

    @Schema(name = "CreditSplitRequest", description = "every share above 0, together exactly 100")
    record CreditSplitRequest(@Valid @NotEmpty @Size(max = 50) List<@NotNull CreditShare> shares) {
    }

    @Schema(name = "OwnerChangeRequest")
    record OwnerChangeRequest(
            @Schema(example = "chen.jing") @NotBlank @Size(max = 64) String newOwnerId,
            @Schema(example = "liu.yang moves to the northern region") @Size(max = 2000) String reason) {
    }

    @PutMapping("/team/{personId}")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The primary owner adds a team member or changes their role")
    @ApiResponse(responseCode = "403", description = "You are not the primary owner (type .../not-primary-owner)")
    @ApiResponse(responseCode = "422", description = "The primary owner changes only by an owner change")
    OpportunityView putMember(@PathVariable String id, @PathVariable String personId, @Valid @RequestBody MemberRequest request,
                              CurrentUser user) {
        return OpportunityView.of(opportunities.putMember(id, personId, request.role(), user));
    }

    @DeleteMapping("/team/{personId}")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The primary owner removes a team member (who holds no share of the credit)")
    @ApiResponse(responseCode = "409", description = "The member holds a share of the credit: split it anew first")
    OpportunityView removeMember(@PathVariable String id, @PathVariable String personId, CurrentUser user) {
        return OpportunityView.of(opportunities.removeMember(id, personId, user));
    }

    @PutMapping("/credit-split")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The primary owner splits the sales credit among team members; kam.opportunity.won.v1 carries it")
    @ApiResponse(responseCode = "422", description = "Not a member, or the shares do not add up to 100 (type .../credit-split-not-100)")
    OpportunityView splitCredit(@PathVariable String id, @Valid @RequestBody CreditSplitRequest request, CurrentUser user) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (CreditShare share : request.shares()) {
            if (shares.put(share.personId(), share.percent()) != null) {
                throw new IllegalArgumentException("a person appears once in a credit split");
            }
        }
        return OpportunityView.of(opportunities.splitCredit(id, shares, user));
    }

    @PostMapping("/owner-change")
    @PreAuthorize(Access.MANAGERS)
    @Operation(summary = "The primary owner's superior (or the division head) hands the opportunity to another person; "
            + "announces kam.opportunity.owner-changed.v1")
    @ApiResponse(responseCode = "403", description = "You are not the owner's superior (type .../not-owners-superior)")
    @ApiResponse(responseCode = "422", description = "The new owner is not an active person of the division (type .../unknown-person), or does not sell (type .../not-a-seller)")
    OpportunityView changeOwner(@PathVariable String id, @Valid @RequestBody OwnerChangeRequest request, CurrentUser user) {
        return OpportunityView.of(opportunities.changeOwner(id, request.newOwnerId(), request.reason(), user));
    }

    @PostMapping("/confirmation")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The primary owner confirms the opportunity as forecastable (O8); announces kam.opportunity.confirmed.v1")
    @ApiResponse(responseCode = "403", description = "You are not the primary owner (type .../not-primary-owner)")
    @ApiResponse(responseCode = "409", description = "Already confirmed, or closed")
    @ApiResponse(responseCode = "422", description = "No expected close date (type .../close-date-required)")
    OpportunityView confirm(@PathVariable String id, CurrentUser user) {
        return OpportunityView.of(opportunities.confirm(id, user));
    }
}
