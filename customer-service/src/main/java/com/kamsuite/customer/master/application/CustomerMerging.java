package com.kamsuite.customer.master.application;

import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Merges a duplicate into a survivor (C2): the duplicate becomes a redirect and {@code kam.customer.merged.v1} goes
 * out in the same write. Everything that follows (the divisions' relationships, children in the hierarchy, revenue)
 * is moved by this service's own consumer of that event ({@code MergeFollowUp}), so a crash halfway is finished by
 * the redelivered event.
 */
@Service
public class CustomerMerging {

    private final CustomerRepository customers;
    private final Customers resolver;
    private final Clock clock;

    public CustomerMerging(CustomerRepository customers, Customers resolver, Clock clock) {
        this.customers = customers;
        this.resolver = resolver;
        this.clock = clock;
    }

    public Customer merge(String survivorId, String duplicateId, String reason, CurrentUser user) {
        Customer survivor = resolver.get(survivorId);
        Customer duplicate = customers.findById(duplicateId)
                .orElseThrow(() -> new com.kamsuite.kit.domain.NotFoundException("customer", duplicateId));
        if (duplicate.isMerged()) {
            throw new ConflictException("customer-merged", "customer " + duplicateId + " was merged already", duplicateId, duplicate.mergedInto());
        }
        if (survivor.id().equals(duplicate.id())) {
            throw new ConflictException("merge-into-itself", "a customer cannot be merged into itself", duplicateId);
        }
        if (isAncestor(duplicate.id(), survivor) || isAncestor(survivor.id(), duplicate)) {
            throw new ConflictException("merge-within-hierarchy", "one customer is above the other in the hierarchy",
                    survivor.id(), duplicate.id());
        }
        duplicate.mergeInto(survivor.id(), reason, user.personId(), user.divisionId(), clock.instant());
        customers.save(duplicate);
        return survivor;
    }

    private boolean isAncestor(String candidate, Customer of) {
        Set<String> seen = new HashSet<>();
        String parent = of.parentId();
        while (parent != null && seen.add(parent)) {
            if (parent.equals(candidate)) {
                return true;
            }
            parent = customers.findById(parent).map(Customer::parentId).orElse(null);
        }
        return false;
    }
}
