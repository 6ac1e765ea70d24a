package com.kamsuite.opportunity.opportunity.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.opportunity.application.Opportunities;
import com.kamsuite.opportunity.opportunity.application.Opportunities.CreateOpportunity;
import com.kamsuite.opportunity.opportunity.domain.Money;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunities", description = "Opportunities through the funnel (O1)")
class OpportunityController {

    private final Opportunities opportunities;

    OpportunityController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @Schema(name = "CreateOpportunityRequest")
    record CreateOpportunityRequest(
            @Schema(example = "cust-8d1f…") @NotBlank @Size(max = 64) String customerId,
            @Schema(example = "2027 switchgear framework") @NotBlank @Size(max = 200) String name,
            @Schema(example = "1250000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "2027-03-31") LocalDate expectedCloseDate) {
    }

    @Schema(name = "Opportunity")
    record OpportunityView(String id, String customerId, String name, BigDecimal amount, String currency,
                           LocalDate expectedCloseDate, String ownerId, String stage) {

        static OpportunityView of(Opportunity o) {
            return new OpportunityView(o.id(), o.customerId(), o.name(), o.amount().amount(), o.amount().currency(),
                    o.expectedCloseDate(), o.ownerId(), o.stage());
        }
    }

    @PostMapping
    @Operation(summary = "Create an opportunity in your division, owned by you")
    @ApiResponse(responseCode = "201", description = "Created; a merged customer is replaced by its survivor")
    @ApiResponse(responseCode = "422", description = "The customer is unknown (type .../unknown-customer)")
    ResponseEntity<OpportunityView> create(@Valid @RequestBody CreateOpportunityRequest request, CurrentUser user) {
        Opportunity opportunity = opportunities.create(new CreateOpportunity(request.customerId(), request.name(),
                new Money(request.amount(), request.currency()), request.expectedCloseDate()), user);
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunity.id())).body(OpportunityView.of(opportunity));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an opportunity of your division")
    @ApiResponse(responseCode = "404", description = "No such opportunity in your division")
    OpportunityView get(@PathVariable String id, CurrentUser user) {
        return OpportunityView.of(opportunities.get(id, user));
    }
}
