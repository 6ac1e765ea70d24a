package com.kamsuite.forecast.org.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.forecast.org.persistence.OrgReplica;
import com.kamsuite.kit.messaging.EventHandlers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the effective-dated hierarchy (F3) from the organisation's reporting lines. */
@Component
class OrgEventsListener {

    private final EventHandlers handlers;

    OrgEventsListener(OrgReplica replica) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.REPORTING_LINE_CHANGED, replica::reportingLineChanged)
                .build();
    }

    @KafkaListener(topics = Topics.ORG)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
