package com.kamsuite.forecast.org.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.forecast.org.persistence.OrgReplica;
import com.kamsuite.kit.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Keeps the effective-dated hierarchy (F3) from the organisation's reporting lines. */
@Configuration(proxyBeanMethods = false)
class OrgEventsListener {

    private final EventHandlers handlers;

    OrgEventsListener(OrgReplica replica) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.REPORTING_LINE_CHANGED, replica::reportingLineChanged)
                .ignore(EventCatalog.ASSIGNMENT_RULES_PUBLISHED, "forecasts follow reporting lines, not customer assignment")
                .ignore(EventCatalog.ORG_UNIT_CHANGED, "submissions go to superiors, not units")
                .build();
    }

    /** The binding {@code orgEvents-in-0}, on {@value Topics#ORG}. */
    @Bean
    Consumer<Message<byte[]>> orgEvents() {
        return handlers;
    }
}
