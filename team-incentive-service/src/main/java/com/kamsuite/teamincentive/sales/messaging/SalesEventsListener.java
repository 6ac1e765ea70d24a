package com.kamsuite.teamincentive.sales.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.ReceivedEvent;
import com.kamsuite.teamincentive.sales.application.CreditsFollowUp;
import com.kamsuite.teamincentive.sales.persistence.SalesLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Feeds the sales ledger from opportunity and customer events, and has quota attainment follow won and reversed
 * credits ({@link CreditsFollowUp}). The attainment is recomputed from the ledger even when the ledger already had the event, so a crash between
 * the two writes is repaired by the redelivery, and a duplicate changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SalesEventsListener {

    private final SalesLedger ledger;
    private final List<CreditsFollowUp> followUps;
    private final EventHandlers opportunityHandlers;
    private final EventHandlers customerHandlers;

    SalesEventsListener(SalesLedger ledger, List<CreditsFollowUp> followUps) {
        this.ledger = ledger;
        this.followUps = followUps;
        this.opportunityHandlers = EventHandlers.builder()
                .on(EventCatalog.OPPORTUNITY_CREATED, ledger::created)
                .on(EventCatalog.OPPORTUNITY_WON, this::won)
                .on(EventCatalog.OPPORTUNITY_LOST, this::lost)
                .ignore(EventCatalog.OPPORTUNITY_STAGE_CHANGED, "the ledger credits won business only")
                .ignore(EventCatalog.OPPORTUNITY_OWNER_CHANGED, "credits come with the win, whoever owned the opportunity before")
                .ignore(EventCatalog.OPPORTUNITY_CONFIRMED, "the ledger credits won business only")
                .ignore(EventCatalog.OPPORTUNITY_REVISED, "a win carries its final amount and credits")
                .build();
        this.customerHandlers = EventHandlers.builder()
                .on(EventCatalog.CUSTOMER_SATISFACTION_RECORDED, ledger::satisfactionRecorded)
                .on(EventCatalog.CUSTOMER_CLASSIFIED, ledger::classified)
                .ignore(EventCatalog.CUSTOMER_REGISTERED, "the ledger keys sales by customer id and needs no master data")
                .ignore(EventCatalog.CUSTOMER_MERGED, "the ledger keys sales by customer id and needs no master data")
                .ignore(EventCatalog.CUSTOMER_ASSIGNED, "credits follow the opportunity, not the account assignment")
                .build();
    }

    /** The binding {@code opportunityEvents-in-0}, on {@value Topics#OPPORTUNITY}. */
    @Bean
    Consumer<Message<byte[]>> opportunityEvents() {
        return opportunityHandlers;
    }

    /** The binding {@code customerEvents-in-0}, on {@value Topics#CUSTOMER}. */
    @Bean
    Consumer<Message<byte[]>> customerEvents() {
        return customerHandlers;
    }

    /** People who lose credits through a re-win with another split must be recomputed too, hence before and after. */
    private void won(ReceivedEvent<OpportunityWon> event) {
        String opportunityId = event.data().opportunityId();
        Set<String> people = new TreeSet<>(ledger.peopleCreditedWith(opportunityId));
        LocalDate previouslyWonOn = ledger.wonOn(opportunityId).orElse(null);
        ledger.won(event);
        event.data().credits().forEach(credit -> people.add(credit.personId()));
        creditsChanged(event.divisionId(), opportunityId, event.data().wonOn(), people);
        if (previouslyWonOn != null && !previouslyWonOn.equals(event.data().wonOn())) {
            creditsChanged(event.divisionId(), opportunityId, previouslyWonOn, people);
        }
    }

    private void lost(ReceivedEvent<OpportunityLost> event) {
        String opportunityId = event.data().opportunityId();
        ledger.lost(event);
        ledger.wonOn(opportunityId).ifPresent(wonOn -> creditsChanged(event.divisionId(), opportunityId, wonOn,
                ledger.peopleCreditedWith(opportunityId)));
    }

    private void creditsChanged(String divisionId, String opportunityId, LocalDate wonOn, Set<String> people) {
        followUps.forEach(followUp -> followUp.creditsChanged(divisionId, opportunityId, wonOn, people));
    }
}
