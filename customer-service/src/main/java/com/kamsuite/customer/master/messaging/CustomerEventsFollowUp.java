package com.kamsuite.customer.master.messaging;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.AccountStatus;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.assignment.application.AccountOpening;
import com.kamsuite.customer.classification.application.AccountClassification;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.customer.revenue.persistence.OpportunityProjection;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * customer-service finishing its own work from its own events, so a crash between two writes is completed by the
 * redelivered event. Every step checks the state first, so a duplicate delivery changes nothing.
 * <ul>
 *   <li>registered: the registering division's relationship exists (it is normally opened in the request);</li>
 *   <li>merged: the duplicate's children move under the survivor, each division's relationship is taken over by the
 *   division's relationship with the survivor, its revenue is repointed, and the survivor re-evaluated.</li>
 * </ul>
 */
@Component
class CustomerEventsFollowUp {

    static final String SYSTEM = "system";

    private final CustomerRepository customers;
    private final AccountRepository accounts;
    private final AccountOpening opening;
    private final OpportunityProjection opportunities;
    private final AccountClassification classification;
    private final Clock clock;
    private final EventHandlers handlers;

    CustomerEventsFollowUp(CustomerRepository customers, AccountRepository accounts, AccountOpening opening,
                           OpportunityProjection opportunities, AccountClassification classification, Clock clock) {
        this.customers = customers;
        this.accounts = accounts;
        this.opening = opening;
        this.opportunities = opportunities;
        this.classification = classification;
        this.clock = clock;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CUSTOMER_REGISTERED, this::registered)
                .on(EventCatalog.CUSTOMER_MERGED, this::merged)
                .build();
    }

    @KafkaListener(topics = Topics.CUSTOMER)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }

    private void registered(ReceivedEvent<CustomerRegistered> event) {
        CustomerRegistered data = event.data();
        event.requireDivision(data.registeredByDivision());
        customers.findById(data.customerId()).filter(customer -> !customer.isMerged())
                .ifPresent(customer -> opening.open(customer, data.registeredByDivision(), SYSTEM));
    }

    private void merged(ReceivedEvent<CustomerMerged> event) {
        String mergedId = event.data().mergedId();
        String survivorId = event.data().survivorId();
        for (Customer child : customers.childrenOf(mergedId)) {
            if (!child.isMerged()) {
                child.moveUnder(survivorId, SYSTEM, event.divisionId(), clock.instant());
                customers.save(child);
            }
        }
        for (Account duplicate : accounts.allDivisionsOf(mergedId)) {
            if (duplicate.status() == AccountStatus.MERGED) {
                continue;
            }
            Account survivor = accounts.find(survivorId, duplicate.divisionId())
                    .orElseGet(() -> Account.open(survivorId, duplicate.divisionId(), SYSTEM, clock.instant()));
            if (survivor.absorb(duplicate, SYSTEM, clock.instant())) {
                accounts.save(survivor);
            }
            duplicate.markMerged(survivor.id(), SYSTEM, clock.instant());
            accounts.save(duplicate);
        }
        opportunities.repoint(mergedId, survivorId);
        customers.findById(survivorId).filter(survivor -> !survivor.isMerged()).ifPresent(survivor -> {
            survivor.absorb(mergedId, SYSTEM, event.divisionId(), clock.instant());
            customers.save(survivor);
        });
        accounts.allDivisionsOf(survivorId).forEach(account -> classification.recompute(account.divisionId(), survivorId, SYSTEM));
    }
}
