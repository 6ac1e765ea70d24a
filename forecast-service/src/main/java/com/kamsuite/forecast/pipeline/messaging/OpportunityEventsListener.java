package com.kamsuite.forecast.pipeline.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.forecast.pipeline.persistence.PipelineReplica;
import com.kamsuite.kit.messaging.EventHandlers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the replica of the division's opportunities (F2 lines, F6 actuals) from opportunity-service's events. */
@Component
class OpportunityEventsListener {

    private final EventHandlers handlers;

    OpportunityEventsListener(PipelineReplica replica) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.OPPORTUNITY_CREATED, replica::created)
                .on(EventCatalog.OPPORTUNITY_CONFIRMED, replica::confirmed)
                .on(EventCatalog.OPPORTUNITY_REVISED, replica::revised)
                .on(EventCatalog.OPPORTUNITY_STAGE_CHANGED, replica::stageChanged)
                .on(EventCatalog.OPPORTUNITY_OWNER_CHANGED, replica::ownerChanged)
                .on(EventCatalog.OPPORTUNITY_WON, replica::won)
                .on(EventCatalog.OPPORTUNITY_LOST, replica::lost)
                .build();
    }

    @KafkaListener(topics = Topics.OPPORTUNITY)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
