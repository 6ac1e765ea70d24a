package com.kamsuite.opportunity.org.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the replica of reporting lines (who is whose superior) from the org topic, for owner changes (O4). */
@Component
class OrgEventsListener {

    private final EventHandlers handlers;

    OrgEventsListener(ReportingLines reportingLines) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.REPORTING_LINE_CHANGED, reportingLines::changed)
                .build();
    }

    @KafkaListener(topics = Topics.ORG)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
