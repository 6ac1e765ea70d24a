package com.kamsuite.opportunity.opportunity.application;

import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.customerref.domain.CustomerReference;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import com.kamsuite.opportunity.opportunity.domain.Money;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.persistence.OpportunityRepository;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Service
public class Opportunities {

    private final OpportunityRepository opportunities;
    private final CustomerReferences customers;
    private final Clock clock;

    public Opportunities(OpportunityRepository opportunities, CustomerReferences customers, Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.clock = clock;
    }

    public record CreateOpportunity(String customerId, String name, Money amount, LocalDate expectedCloseDate) {
    }

    /**
     * Creates an opportunity in the caller's division, owned by the caller. A customer this service has never heard
     * of is refused (422); a merged customer is replaced by its survivor.
     */
    public Opportunity create(CreateOpportunity command, CurrentUser user) {
        CustomerReference customer = customers.resolve(command.customerId())
                .orElseThrow(() -> new RuleViolationException("unknown-customer",
                        "customer " + command.customerId() + " is not known", command.customerId()));
        Opportunity opportunity = Opportunity.create("opp-" + UUID.randomUUID(), user.divisionId(), customer.customerId(),
                command.name(), command.amount(), command.expectedCloseDate(), user.personId(), clock.instant());
        return opportunities.save(opportunity);
    }

    public Opportunity get(String id, CurrentUser user) {
        return opportunities.findInDivision(id, user.divisionId()).orElseThrow(() -> new NotFoundException("opportunity", id));
    }
}
