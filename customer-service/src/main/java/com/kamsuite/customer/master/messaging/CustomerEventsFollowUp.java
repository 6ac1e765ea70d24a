package com.kamsuite.customer.master.messaging;

import com.kamsuite.customer.master.application.CustomerFollowUp;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Hands customer-service's own registered and merged events to their follow-up ({@link CustomerFollowUp}). */
@Component
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
                .build();
    }

    @KafkaListener(topics = Topics.CUSTOMER)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
