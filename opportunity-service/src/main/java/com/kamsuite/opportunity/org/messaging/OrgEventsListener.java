package com.kamsuite.opportunity.org.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Keeps the replica of reporting lines (who is whose superior) from the org topic, for owner changes (O4). */
@Configuration(proxyBeanMethods = false)
class OrgEventsListener {

    private final EventHandlers handlers;

    OrgEventsListener(ReportingLines reportingLines) {
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.REPORTING_LINE_CHANGED, reportingLines::changed)
                .ignore(EventCatalog.ASSIGNMENT_RULES_PUBLISHED, "customer-service assigns customers; opportunities follow the reporting lines only")
                .ignore(EventCatalog.ORG_UNIT_CHANGED, "ownership checks need superiors, not units")
                .build();
    }

    /** The binding {@code orgEvents-in-0}, on {@value Topics#ORG}. */
    @Bean
    Consumer<Message<byte[]>> orgEvents() {
        return handlers;
    }
}
