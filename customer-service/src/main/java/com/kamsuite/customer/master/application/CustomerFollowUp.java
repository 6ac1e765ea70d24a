package com.kamsuite.customer.master.application;

import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * customer-service finishing its own work from its own events, so that a crash between two writes is completed by
 * the redelivered event. Every step checks the state first, so a duplicate delivery changes nothing.
 */
@Service
public class CustomerFollowUp {

    static final String SYSTEM = "system";

    private final CustomerRepository customers;
    private final RelationshipOpening opening;
    private final List<CustomerMergeFollowUp> mergeFollowUps;
    private final Clock clock;

    public CustomerFollowUp(CustomerRepository customers, RelationshipOpening opening,
                            List<CustomerMergeFollowUp> mergeFollowUps, Clock clock) {
        this.customers = customers;
        this.opening = opening;
        this.mergeFollowUps = mergeFollowUps;
        this.clock = clock;
    }

    /** The registering division's relationship exists (it is normally opened in the request). */
    public void registered(String customerId, String divisionId) {
        customers.findById(customerId).filter(customer -> !customer.isMerged())
                .ifPresent(customer -> opening.openFor(customer, divisionId, SYSTEM));
    }

    /**
     * The duplicate's children move under the survivor, every feature takes over what it holds of the duplicate
     * (the accounts of every division, their loyalty and plans, the revenue; the survivor is re-evaluated), and the
     * survivor records the duplicate it absorbed.
     */
    public void merged(String mergedId, String survivorId, String divisionId) {
        for (Customer child : customers.childrenOf(mergedId)) {
            if (!child.isMerged()) {
                child.moveUnder(survivorId, SYSTEM, divisionId, clock.instant());
                customers.save(child);
            }
        }
        mergeFollowUps.forEach(followUp -> followUp.customerMerged(mergedId, survivorId));
        customers.findById(survivorId).filter(survivor -> !survivor.isMerged()).ifPresent(survivor -> {
            survivor.absorb(mergedId, SYSTEM, divisionId, clock.instant());
            customers.save(survivor);
        });
    }
}
