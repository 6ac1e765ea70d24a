package com.kamsuite.customer.hierarchy.web;

import com.kamsuite.customer.common.web.Access;
import com.kamsuite.customer.hierarchy.application.CustomerHierarchy;
import com.kamsuite.customer.hierarchy.domain.TreeNode;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/customers/{id}")
@Tag(name = "Hierarchy", description = "Group → subsidiaries → sites, any depth, with revenue rolled up (C5)")
class HierarchyController {

    private final CustomerHierarchy hierarchy;

    HierarchyController(CustomerHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Schema(name = "MoveRequest")
    record MoveRequest(@Schema(description = "The new parent; null places the customer at the top", example = "cust-3f0c…")
                       @Size(max = 64) String parentId) {
    }

    @Schema(name = "CustomerRef")
    record CustomerRef(String id, String legalName) {
        static CustomerRef of(Customer c) {
            return new CustomerRef(c.id(), c.legalName());
        }
    }

    @Schema(name = "Hierarchy", description = "The subtree under a customer; revenue is the caller's division's, "
            + "`own` for the customer alone, `total` for it and all below it")
    record HierarchyView(List<CustomerRef> ancestors, TreeNode root) {
    }

    @PutMapping("/parent")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Place a customer under another (or at the top)")
    @ApiResponse(responseCode = "409", description = "`hierarchy-cycle`: the new parent is the customer or below it")
    CustomerRef move(@PathVariable String id, @Valid @RequestBody MoveRequest request, CurrentUser user) {
        return CustomerRef.of(hierarchy.move(id, request.parentId(), user));
    }

    @GetMapping("/hierarchy")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The group tree under a customer with won revenue and open pipeline rolled up")
    HierarchyView tree(@PathVariable String id, CurrentUser user) {
        var tree = hierarchy.tree(id, user);
        return new HierarchyView(tree.ancestors().stream().map(CustomerRef::of).toList(), tree.root());
    }
}
