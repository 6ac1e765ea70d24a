package com.kamsuite.customer.assignment.messaging;

import com.kamsuite.customer.assignment.application.AccountOpening;
import com.kamsuite.customer.assignment.persistence.AssignmentRuleReplica;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.events.org.AssignmentRulesPublished;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Keeps the replica of each division's territory rules (C3) and assigns the queued accounts a new rule set covers.
 */
@Configuration(proxyBeanMethods = false)
class AssignmentRulesListener {

    private final AssignmentRuleReplica replica;
    private final AccountOpening opening;
    private final CustomerRepository customers;
    private final EventHandlers handlers;

    AssignmentRulesListener(AssignmentRuleReplica replica, AccountOpening opening, CustomerRepository customers) {
        this.replica = replica;
        this.opening = opening;
        this.customers = customers;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.ASSIGNMENT_RULES_PUBLISHED, this::published)
                .ignore(EventCatalog.REPORTING_LINE_CHANGED, "assignment rules name account managers, not their superiors")
                .ignore(EventCatalog.ORG_UNIT_CHANGED, "assignment rules carry the units they assign to")
                .build();
    }

    /** The binding {@code orgEvents-in-0}, on {@value Topics#ORG}. */
    @Bean
    Consumer<Message<byte[]>> orgEvents() {
        return handlers;
    }

    private void published(ReceivedEvent<AssignmentRulesPublished> event) {
        event.requireDivision(event.data().divisionId());
        replica.replaceIfNewer(event.data(), event.id());
        // Also after a redelivery: draining is idempotent, and an earlier attempt may have stopped halfway.
        opening.drainQueue(event.data().divisionId(),
                customerId -> customers.findById(customerId).map(Customer::basic).orElse(null));
    }
}
