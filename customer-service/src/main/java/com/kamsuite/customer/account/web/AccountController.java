package com.kamsuite.customer.account.web;

import com.kamsuite.customer.account.application.AccountArchive;
import com.kamsuite.customer.account.application.AccountHistory;
import com.kamsuite.customer.account.domain.BuyingRole;
import com.kamsuite.customer.account.domain.Competitor;
import com.kamsuite.customer.account.domain.ExtendedInfo;
import com.kamsuite.customer.account.domain.KeyPerson;
import com.kamsuite.customer.account.domain.PersonalDataPolicy;
import com.kamsuite.customer.account.domain.RelationshipLevel;
import com.kamsuite.customer.common.web.Access;
import com.kamsuite.customer.common.web.ChangeView;
import com.kamsuite.customer.common.web.MoneyRequest;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/customers/{id}/account")
@Tag(name = "Account archive", description = "The division's own archive of a customer: extended info, key people, "
        + "competitors, review, relationship level, history (C1, C4, C8). Another division's answers 404.")
class AccountController {

    private final AccountArchive archive;
    private final AccountHistory history;
    private final AccountViews views;

    AccountController(AccountArchive archive, AccountHistory history, AccountViews views) {
        this.archive = archive;
        this.history = history;
        this.views = views;
    }

    @Schema(name = "ExtendedInfo")
    record ExtendedInfoRequest(
            @Schema(example = "Designs and builds power plants; sells turnkey projects") @Size(max = 2000) String businessModel,
            @Schema(example = "Domestic utilities, Southeast Asia") @Size(max = 2000) String markets,
            @Schema(example = "State Grid, China Southern Power Grid") @Size(max = 2000) String customersOfCustomer,
            @Schema(example = "Engineering → procurement → construction → commissioning") @Size(max = 2000) String industryProcesses,
            @Schema(example = "Our switchgear shortens their commissioning by two weeks") @Size(max = 2000) String valueForCustomer,
            @Schema(example = "Annual framework tender, then call-offs per project") @Size(max = 2000) String purchasingProcess,
            @Valid MoneyRequest creditLimit,
            @Schema(example = "90") @Min(0) @Max(720) Integer paymentTermsDays) {
    }

    @Schema(name = "KeyPerson")
    record KeyPersonRequest(
            @Schema(example = "张建国") @NotBlank @Size(max = 100) String name,
            @Schema(example = "采购总监") @Size(max = 100) String title,
            @Schema(example = "DECISION_MAKER") @NotNull BuyingRole role,
            @Schema(example = "5", description = "1–5") @Min(1) @Max(5) int influence,
            @Schema(example = "3", description = "1–5") @Min(1) @Max(5) int relationshipStrength,
            @Schema(example = "+86 139 0000 0000") @Size(max = 40) String phone,
            @Schema(example = "zhang.jianguo@example.com") @Email @Size(max = 200) String email,
            @Schema(example = "Prefers morning meetings; daughter studies in Munich") @Size(max = 2000) String personalNotes) {

        KeyPerson toKeyPerson() {
            return new KeyPerson(null, name, title, role, influence, relationshipStrength, phone, email, personalNotes);
        }
    }

    @Schema(name = "Competitor")
    record CompetitorRequest(
            @Schema(example = "ABB") @NotBlank @Size(max = 200) String name,
            @Schema(example = "GIS switchgear") @Size(max = 1000) String products,
            @Schema(example = "35") @DecimalMin("0") @DecimalMax("100") BigDecimal estimatedSharePercent,
            @Schema(example = "Brand, service network") @Size(max = 2000) String strengths,
            @Schema(example = "Price, delivery time") @Size(max = 2000) String weaknesses) {

        Competitor toCompetitor() {
            return new Competitor(null, name, products, estimatedSharePercent, strengths, weaknesses);
        }
    }

    @Schema(name = "LevelRequest")
    record LevelRequest(@Schema(example = "PREFERRED_SUPPLIER") @NotNull RelationshipLevel level,
                        @Schema(example = "2026-11-01", description = "Defaults to today") LocalDate effectiveOn,
                        @Schema(example = "Won the 2026 framework agreement") @Size(max = 500) String note) {
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    @Operation(summary = "Read the division's archive of a customer")
    @ApiResponse(responseCode = "404", description = "No relationship of the caller's division with this customer")
    AccountView get(@PathVariable String id, CurrentUser user) {
        return views.of(archive.get(id, user), user);
    }

    @GetMapping("/history")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The history of the division's archive",
            description = "The account's, its evaluation's, loyalty's and plans' changes, oldest first. "
                    + "Personal data is masked for roles that do not need it.")
    List<ChangeView> history(@PathVariable String id, CurrentUser user) {
        boolean redact = !PersonalDataPolicy.mayReadPersonalData(user.roles());
        return history.of(id, user, redact).stream().map(ChangeView::of).toList();
    }

    @PutMapping("/extended")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Replace the extended information")
    AccountView updateExtended(@PathVariable String id, @Valid @RequestBody ExtendedInfoRequest r, CurrentUser user) {
        return views.of(archive.updateExtended(id, new ExtendedInfo(r.businessModel(), r.markets(), r.customersOfCustomer(),
                r.industryProcesses(), r.valueForCustomer(), r.purchasingProcess(), MoneyRequest.toMoney(r.creditLimit()),
                r.paymentTermsDays()), user), user);
    }

    @PostMapping("/key-people")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Add a key person of the buying committee")
    KeyPerson addKeyPerson(@PathVariable String id, @Valid @RequestBody KeyPersonRequest request, CurrentUser user) {
        return archive.addKeyPerson(id, request.toKeyPerson(), user);
    }

    @PutMapping("/key-people/{keyPersonId}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Update a key person")
    AccountView updateKeyPerson(@PathVariable String id, @PathVariable String keyPersonId,
                                @Valid @RequestBody KeyPersonRequest request, CurrentUser user) {
        return views.of(archive.updateKeyPerson(id, keyPersonId, request.toKeyPerson(), user), user);
    }

    @DeleteMapping("/key-people/{keyPersonId}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Remove a key person (kept in the history)")
    AccountView removeKeyPerson(@PathVariable String id, @PathVariable String keyPersonId, CurrentUser user) {
        return views.of(archive.removeKeyPerson(id, keyPersonId, user), user);
    }

    @PostMapping("/competitors")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Add a competitor present at the customer")
    Competitor addCompetitor(@PathVariable String id, @Valid @RequestBody CompetitorRequest request, CurrentUser user) {
        return archive.addCompetitor(id, request.toCompetitor(), user);
    }

    @PutMapping("/competitors/{competitorId}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Update a competitor")
    AccountView updateCompetitor(@PathVariable String id, @PathVariable String competitorId,
                                 @Valid @RequestBody CompetitorRequest request, CurrentUser user) {
        return views.of(archive.updateCompetitor(id, competitorId, request.toCompetitor(), user), user);
    }

    @DeleteMapping("/competitors/{competitorId}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Remove a competitor (kept in the history)")
    AccountView removeCompetitor(@PathVariable String id, @PathVariable String competitorId, CurrentUser user) {
        return views.of(archive.removeCompetitor(id, competitorId, user), user);
    }

    @PostMapping("/review")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Mark the archive reviewed now (monthly update, C4)")
    AccountView review(@PathVariable String id, CurrentUser user) {
        return views.of(archive.review(id, user), user);
    }

    @PutMapping("/level")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Change the relationship level (vendor → preferred supplier → strategic partner), dated")
    @ApiResponse(responseCode = "409", description = "`level-unchanged` or `level-date-before-last`")
    AccountView changeLevel(@PathVariable String id, @Valid @RequestBody LevelRequest request, CurrentUser user) {
        return views.of(archive.changeLevel(id, request.level(), request.effectiveOn(), request.note(), user), user);
    }
}
