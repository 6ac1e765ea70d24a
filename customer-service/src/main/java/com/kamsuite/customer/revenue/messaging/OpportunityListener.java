package com.kamsuite.customer.revenue.messaging;

import com.kamsuite.customer.master.application.Customers;
import com.kamsuite.customer.revenue.application.WonRevenueFollowUp;
import com.kamsuite.customer.revenue.domain.OpportunityLine;
import com.kamsuite.customer.revenue.persistence.OpportunityProjection;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

import java.util.List;

/**
 * Follows opportunities to total each division's revenue per customer (C5 roll-ups, C6, C7); a won opportunity
 * re-evaluates its account's tier (C6, a {@link WonRevenueFollowUp}).
 */
@Configuration(proxyBeanMethods = false)
class OpportunityListener {

    private final OpportunityProjection projection;
    private final List<WonRevenueFollowUp> followUps;
    private final Customers customers;
    private final EventHandlers handlers;

    OpportunityListener(OpportunityProjection projection, List<WonRevenueFollowUp> followUps, Customers customers) {
        this.projection = projection;
        this.followUps = followUps;
        this.customers = customers;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.OPPORTUNITY_CREATED, this::created)
                .on(EventCatalog.OPPORTUNITY_REVISED, this::revised)
                .on(EventCatalog.OPPORTUNITY_WON, this::won)
                .on(EventCatalog.OPPORTUNITY_LOST, this::lost)
                .ignore(EventCatalog.OPPORTUNITY_STAGE_CHANGED, "revenue counts amounts and outcomes, not the stage")
                .ignore(EventCatalog.OPPORTUNITY_OWNER_CHANGED, "revenue is the customer's, whoever owns the opportunity")
                .ignore(EventCatalog.OPPORTUNITY_CONFIRMED, "a confirmation changes no amount; revisions carry every change of amount")
                .build();
    }

    /** The binding {@code opportunityEvents-in-0}, on {@value Topics#OPPORTUNITY}. */
    @Bean
    Consumer<Message<byte[]>> opportunityEvents() {
        return handlers;
    }

    private void created(ReceivedEvent<OpportunityCreated> event) {
        OpportunityCreated data = event.data();
        projection.apply(event, customers.survivorIdOf(data.customerId()), data.amount(), data.currency(),
                OpportunityLine.Status.OPEN, null);
    }

    /** A revision changes the amount an open opportunity adds to the pipeline (C5), and may change its customer. */
    private void revised(ReceivedEvent<OpportunityRevised> event) {
        OpportunityRevised data = event.data();
        projection.revise(event, customers.survivorIdOf(data.customerId()), data.amount(), data.currency());
    }

    private void won(ReceivedEvent<OpportunityWon> event) {
        OpportunityWon data = event.data();
        String customerId = customers.survivorIdOf(data.customerId());
        projection.apply(event, customerId, data.amount(), data.currency(), OpportunityLine.Status.WON, data.wonOn());
        // Also after a redelivery: an earlier attempt may have failed between the two steps, and it is idempotent.
        followUps.forEach(followUp -> followUp.revenueWon(event.divisionId(), customerId));
    }

    private void lost(ReceivedEvent<OpportunityLost> event) {
        OpportunityLost data = event.data();
        projection.apply(event, customers.survivorIdOf(data.customerId()), data.amount(), data.currency(),
                OpportunityLine.Status.LOST, data.lostOn());
    }
}
