package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.kit.domain.AggregateRoot;

import java.time.Instant;
import java.time.LocalDate;

/** A possible sale to one customer, owned by one division, moving through the funnel. */
public class Opportunity extends AggregateRoot {

    private String id;
    private String divisionId;
    private String customerId;
    private String name;
    private Money amount;
    private LocalDate expectedCloseDate;
    private String ownerId;
    private String stage;
    private String createdBy;
    private Instant createdAt;

    private Opportunity() {
    }

    public static Opportunity create(String id, String divisionId, String customerId, String name, Money amount,
                                     LocalDate expectedCloseDate, String ownerId, Instant now) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Opportunity opportunity = new Opportunity();
        opportunity.id = id;
        opportunity.divisionId = divisionId;
        opportunity.customerId = customerId;
        opportunity.name = name.strip();
        opportunity.amount = amount;
        opportunity.expectedCloseDate = expectedCloseDate;
        opportunity.ownerId = ownerId;
        opportunity.stage = "01";
        opportunity.createdBy = ownerId;
        opportunity.createdAt = now;
        opportunity.recordEvent(new OpportunityCreated(id, customerId, opportunity.name, amount.amount(), amount.currency(),
                expectedCloseDate, ownerId, opportunity.stage), divisionId);
        return opportunity;
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String customerId() {
        return customerId;
    }

    public String name() {
        return name;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate expectedCloseDate() {
        return expectedCloseDate;
    }

    public String ownerId() {
        return ownerId;
    }

    public String stage() {
        return stage;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
