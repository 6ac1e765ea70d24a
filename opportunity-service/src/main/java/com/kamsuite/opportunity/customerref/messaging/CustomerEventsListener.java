package com.kamsuite.opportunity.customerref.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.opportunity.customerref.application.CustomerMergeFollowUp;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the replica of customer references from the customer topic, and has the other features follow a merge
 * ({@link CustomerMergeFollowUp}: the opportunities of a merged customer move to its survivor). The customer master is
 * group-wide, so events of every division are applied. One listener per topic: two listeners in one consumer group
 * would split the topic's partitions between them.
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsListener {

    private final EventHandlers handlers;

    CustomerEventsListener(CustomerReferences references, List<CustomerMergeFollowUp> followUps) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CUSTOMER_REGISTERED, references::registered)
                .on(EventCatalog.CUSTOMER_MERGED, (ReceivedEvent<CustomerMerged> event) -> {
                    references.merged(event);
                    followUps.forEach(followUp -> followUp.customerMerged(event.data().mergedId(), event.data().survivorId()));
                })
                .ignore(EventCatalog.CUSTOMER_ASSIGNED, "the reference holds the master (name, merges), not division relationships")
                .ignore(EventCatalog.CUSTOMER_CLASSIFIED, "the reference holds the master (name, merges), not division relationships")
                .ignore(EventCatalog.CUSTOMER_SATISFACTION_RECORDED, "the reference holds the master (name, merges), not division relationships")
                .build();
    }

    /** The binding {@code customerEvents-in-0}, on {@value Topics#CUSTOMER}. */
    @Bean
    Consumer<Message<byte[]>> customerEvents() {
        return handlers;
    }
}
