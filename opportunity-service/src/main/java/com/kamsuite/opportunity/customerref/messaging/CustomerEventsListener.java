package com.kamsuite.opportunity.customerref.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the replica of customer references from the customer topic. The customer master is group-wide, so events
 * of every division are applied.
 */
@Component
class CustomerEventsListener {

    private final EventHandlers handlers;

    CustomerEventsListener(CustomerReferences references) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CUSTOMER_REGISTERED, references::registered)
                .on(EventCatalog.CUSTOMER_MERGED, references::merged)
                .build();
    }

    @KafkaListener(topics = Topics.CUSTOMER)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
