package com.kamsuite.forecast.pipeline.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.forecast.pipeline.persistence.PipelineReplica;
import com.kamsuite.kit.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Keeps the replica of the division's opportunities (F2 lines, F6 actuals) from opportunity-service's events. */
@Configuration(proxyBeanMethods = false)
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

    /** The binding {@code opportunityEvents-in-0}, on {@value Topics#OPPORTUNITY}. */
    @Bean
    Consumer<Message<byte[]>> opportunityEvents() {
        return handlers;
    }
}
