package com.kamsuite.customer.account.web;

import com.kamsuite.customer.account.application.StaleAccounts;
import com.kamsuite.customer.common.web.Access;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Account archive")
class StaleController {

    private final StaleAccounts stale;

    StaleController(StaleAccounts stale) {
        this.stale = stale;
    }

    @Schema(name = "StaleAccount")
    record StaleAccountView(String customerId, String ownerId, Instant lastReviewedAt, String lastReviewedBy) {
    }

    @Schema(name = "StaleList")
    record StaleListView(String ownerId, Instant asOf, Instant reviewedBefore, List<StaleAccountView> accounts) {
    }

    @GetMapping("/api/customers/stale")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Archives not reviewed in the last calendar month, per owner (C4)",
            description = "Without `owner`, the caller's own. Managers and sales operations may ask for any owner of their division.")
    StaleListView stale(@Parameter(example = "liu.yang") @RequestParam(required = false) @Size(max = 64) String owner, CurrentUser user) {
        var list = stale.of(owner, user);
        return new StaleListView(owner == null ? user.personId() : owner, list.asOf(), list.reviewedBefore(),
                list.accounts().stream().map(a -> new StaleAccountView(a.customerId(), a.ownerId(), a.lastReviewedAt(), a.lastReviewedBy())).toList());
    }
}
