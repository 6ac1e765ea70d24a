package com.kamsuite.customer.assignment.web;

import com.kamsuite.customer.account.web.AccountView;
import com.kamsuite.customer.account.web.AccountViews;
import com.kamsuite.customer.assignment.application.AccountOpening;
import com.kamsuite.customer.assignment.application.ManualAssignment;
import com.kamsuite.customer.assignment.domain.TerritoryRules;
import com.kamsuite.customer.common.web.Access;
import com.kamsuite.customer.master.application.Customers;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Assignment", description = "Who owns each account: territory rules, by hand, the unassigned queue (C3)")
class AssignmentController {

    private final ManualAssignment assignment;
    private final AccountOpening opening;
    private final Customers customers;
    private final AccountViews views;

    AssignmentController(ManualAssignment assignment, AccountOpening opening, Customers customers, AccountViews views) {
        this.assignment = assignment;
        this.opening = opening;
        this.customers = customers;
        this.views = views;
    }

    @Schema(name = "AssignRequest")
    record AssignRequest(@Schema(example = "chen.jing") @NotBlank @Size(max = 64) String accountManagerId,
                         @Schema(example = "Liu Yang moves to the north region") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "QueuedAccount")
    record QueuedView(String customerId, Instant openedAt, String reason) {
    }

    @PostMapping("/api/customers/{id}/account")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Open the division's relationship with an existing customer",
            description = "Assigned by the division's territory rules, or queued for sales operations. Idempotent.")
    AccountView open(@PathVariable String id, CurrentUser user) {
        return views.of(opening.open(customers.get(id), user.divisionId(), user.personId()), user);
    }

    @PutMapping("/api/customers/{id}/account/owner")
    @PreAuthorize(Access.MANAGE)
    @Operation(summary = "Assign the account by hand", description = "Kept in the assignment history; `kam.customer.assigned.v1`.")
    AccountView assign(@PathVariable String id, @Valid @RequestBody AssignRequest request, CurrentUser user) {
        return views.of(assignment.assign(id, request.accountManagerId(), request.reason(), user), user);
    }

    @GetMapping("/api/customers/unassigned")
    @PreAuthorize(Access.MANAGE)
    @Operation(summary = "The division's unassigned queue", description = "Accounts no territory rule matched, oldest first.")
    List<QueuedView> unassigned(CurrentUser user) {
        return assignment.unassigned(user).stream().map(a -> new QueuedView(a.customerId(), a.openedAt(),
                a.assignments().isEmpty() ? null : a.assignments().get(a.assignments().size() - 1).reason())).toList();
    }

    @GetMapping("/api/customers/assignment-rules")
    @PreAuthorize(Access.MANAGE)
    @Operation(summary = "The division's territory rules as last published by team-incentive-service")
    TerritoryRules rules(CurrentUser user) {
        return assignment.rules(user);
    }
}
