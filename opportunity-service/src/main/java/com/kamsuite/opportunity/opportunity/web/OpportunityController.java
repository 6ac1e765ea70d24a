package com.kamsuite.opportunity.opportunity.web;

import com.kamsuite.kit.domain.UnitOfMeasure;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.opportunity.application.Opportunities;
import com.kamsuite.opportunity.opportunity.application.Opportunities.Content;
import com.kamsuite.opportunity.opportunity.application.Opportunities.CreateOpportunity;
import com.kamsuite.opportunity.opportunity.domain.Money;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.domain.OpportunitySource;
import com.kamsuite.opportunity.opportunity.domain.ProductLine;
import com.kamsuite.opportunity.opportunity.web.OpportunityViews.OpportunitySummary;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunities", description = "Opportunities, their products and revisions (O1)")
class OpportunityController {

    private final Opportunities opportunities;

    OpportunityController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @Schema(name = "ProductRequest")
    record ProductRequest(
            @Schema(example = "KYN28-12") @NotBlank @Size(max = 64) String productCode,
            @Schema(example = "KYN28-12 metal-clad switchgear") @Size(max = 200) String productName,
            @Schema(example = "1250 A, 31.5 kA, vacuum breaker") @Size(max = 2000) String configuration,
            @Schema(example = "40") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @Schema(example = "30000.00") @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal desiredPrice,
            @Schema(example = "31250.00") @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal quotedPrice,
            @Schema(example = "2027-05", type = "string", pattern = "yyyy-MM") @NotNull YearMonth deliveryMonth,
            @Schema(example = "C62", description = "The unit the quantity is counted in, a UN/CEFACT Recommendation 20 code: "
                    + "C62 one (台/个), H87 piece, SET set (套), PR pair, LO lot, MTR metre, KMT kilometre, MTK m², MTQ m³, "
                    + "KGM kilogram, TNE tonne, LTR litre; default C62")
            @Pattern(regexp = UnitOfMeasure.PATTERN) String unit) {

        ProductLine toLine() {
            return new ProductLine(productCode, productName, configuration, quantity, desiredPrice, quotedPrice,
                    deliveryMonth.toString(), unit);
        }

        static List<ProductLine> toLines(List<ProductRequest> products) {
            return products == null ? List.of() : products.stream().map(ProductRequest::toLine).toList();
        }
    }

    @Schema(name = "CreateOpportunityRequest")
    record CreateOpportunityRequest(
            @Schema(example = "cust-8d1f…") @NotBlank @Size(max = 64) String customerId,
            @Schema(example = "2027 switchgear framework") @NotBlank @Size(max = 200) String name,
            @Schema(example = "1250000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "2027-03-31") LocalDate expectedCloseDate,
            @Schema(example = "MARKET_ACTIVITY") OpportunitySource source,
            @Valid @Size(max = 200) List<@NotNull ProductRequest> products) {
    }

    @Schema(name = "ReviseOpportunityRequest", description = "The whole new commercial content; the old one stays in the history")
    record ReviseOpportunityRequest(
            @Schema(example = "2027 switchgear framework, phase 1") @NotBlank @Size(max = 200) String name,
            @Schema(example = "1400000.00") @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(example = "2027-04-30") LocalDate expectedCloseDate,
            @Schema(example = "CHANNEL") OpportunitySource source,
            @Valid @Size(max = 200) List<@NotNull ProductRequest> products,
            @Schema(example = "customer added a second substation") @Size(max = 2000) String reason) {
    }

    @PostMapping
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "Create an opportunity in your division, owned by you (stage 01)")
    @ApiResponse(responseCode = "201", description = "Created; a merged customer is replaced by its survivor")
    @ApiResponse(responseCode = "400", description = "Invalid input (type .../validation)")
    @ApiResponse(responseCode = "422", description = "The customer is unknown (type .../unknown-customer)")
    ResponseEntity<OpportunityView> create(@Valid @RequestBody CreateOpportunityRequest request, CurrentUser user) {
        Opportunity opportunity = opportunities.create(new CreateOpportunity(request.customerId(), new Content(request.name(),
                new Money(request.amount(), request.currency()), request.expectedCloseDate(), request.source(),
                ProductRequest.toLines(request.products()))), user);
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunity.id())).body(OpportunityView.of(opportunity));
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "List your division's opportunities, newest first, optionally of one customer, owner or stage (01–07, WON, LOST)")
    List<OpportunitySummary> list(@RequestParam(required = false) String customerId, @RequestParam(required = false) String ownerId,
                                  @RequestParam(required = false) String stage, CurrentUser user) {
        return opportunities.list(user, customerId, ownerId, stage).stream().map(OpportunitySummary::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Read an opportunity of your division, with its team, contacts and history")
    @ApiResponse(responseCode = "404", description = "No such opportunity in your division")
    OpportunityView get(@PathVariable String id, CurrentUser user) {
        return OpportunityView.of(opportunities.get(id, user));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "Revise the commercial content (name, amount, close date, source, products); announces kam.opportunity.revised.v1")
    @ApiResponse(responseCode = "200", description = "Revised (an edit that changes nothing records nothing)")
    @ApiResponse(responseCode = "403", description = "You are not on the sales team (type .../not-on-team)")
    @ApiResponse(responseCode = "404", description = "No such opportunity in your division")
    @ApiResponse(responseCode = "409", description = "The opportunity is closed (type .../opportunity-closed)")
    OpportunityView revise(@PathVariable String id, @Valid @RequestBody ReviseOpportunityRequest request, CurrentUser user) {
        return OpportunityView.of(opportunities.revise(id, new Content(request.name(), new Money(request.amount(), request.currency()),
                request.expectedCloseDate(), request.source(), ProductRequest.toLines(request.products())), request.reason(), user));
    }
}
