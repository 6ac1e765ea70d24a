package com.kamsuite.customer.master.messaging;

import com.kamsuite.customer.master.application.CustomerFollowUp;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Hands customer-service's own registered and merged events to their follow-up ({@link CustomerFollowUp}). */
@Configuration(proxyBeanMethods = false)
class CustomerEventsFollowUp {

    private final EventHandlers handlers;

    CustomerEventsFollowUp(CustomerFollowUp followUp) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CUSTOMER_REGISTERED, (ReceivedEvent<CustomerRegistered> event) -> {
                    event.requireDivision(event.data().registeredByDivision());
                    followUp.registered(event.data().customerId(), event.data().registeredByDivision());
                })
                .on(EventCatalog.CUSTOMER_MERGED, (ReceivedEvent<CustomerMerged> event) ->
                        followUp.merged(event.data().mergedId(), event.data().survivorId(), event.divisionId()))
                .ignore(EventCatalog.CUSTOMER_ASSIGNED, "a division relationship needs no follow-up of the master")
                .ignore(EventCatalog.CUSTOMER_CLASSIFIED, "a division relationship needs no follow-up of the master")
                .ignore(EventCatalog.CUSTOMER_SATISFACTION_RECORDED, "a division relationship needs no follow-up of the master")
                .build();
    }

    /** The binding {@code customerEvents-in-0}, on {@value Topics#CUSTOMER}. */
    @Bean
    Consumer<Message<byte[]>> customerEvents() {
        return handlers;
    }
}
