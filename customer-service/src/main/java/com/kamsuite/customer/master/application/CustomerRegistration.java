package com.kamsuite.customer.master.application;

import com.kamsuite.customer.duplicates.domain.MatchReason;
import com.kamsuite.customer.master.application.DuplicateSearch.Candidate;
import com.kamsuite.customer.master.domain.BasicInfo;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.domain.DuplicateCustomerException;
import com.kamsuite.customer.master.domain.PossibleDuplicateException;
import com.kamsuite.customer.master.domain.RegistrationId;
import com.kamsuite.customer.master.persistence.CustomerKeyIndex;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Registers a customer master (C2): looks it up first, answers 409 with the candidates it may duplicate unless the
 * caller confirmed it is a different company, and opens the registering division's relationship with it (C3).
 */
@Service
public class CustomerRegistration {

    private final CustomerRepository customers;
    private final CustomerKeyIndex keys;
    private final DuplicateSearch duplicates;
    private final Customers resolver;
    private final RelationshipOpening opening;
    private final Clock clock;

    public CustomerRegistration(CustomerRepository customers, CustomerKeyIndex keys, DuplicateSearch duplicates,
                                Customers resolver, RelationshipOpening opening, Clock clock) {
        this.customers = customers;
        this.keys = keys;
        this.duplicates = duplicates;
        this.resolver = resolver;
        this.opening = opening;
        this.clock = clock;
    }

    public record RegisterCustomer(RegistrationId registrationId, BasicInfo basic, String parentId,
                                   boolean confirmedDifferentCompany) {
    }

    /** The new customer, and the owner of the registering division's relationship with it ({@code null}: queued). */
    public record Registered(Customer customer, String ownerId) {

        public boolean unassigned() {
            return ownerId == null;
        }
    }

    /**
     * The unique index on the registration id decides between concurrent creates of one company, so exactly one
     * wins; the lookup keys are written before the customer, so a customer is never unfindable.
     */
    public <V> Registered register(RegisterCustomer command, CurrentUser user, Function<Customer, V> view,
                                   Function<Candidate, ?> candidateView) {
        String registrationId = command.registrationId().value();
        List<Candidate> candidates = duplicates.find(new DuplicateSearch.Probe(registrationId, command.basic().legalName(),
                command.basic().phone(), command.basic().address()));
        candidates.stream().filter(c -> c.reasons().contains(MatchReason.REGISTRATION_ID)).findFirst().ifPresent(same -> {
            throw new DuplicateCustomerException(registrationId, view.apply(same.customer()), candidates.stream().map(candidateView).toList());
        });
        if (!candidates.isEmpty() && !command.confirmedDifferentCompany()) {
            throw new PossibleDuplicateException(command.basic().legalName(), candidates.stream().map(candidateView).toList());
        }
        String parentId = command.parentId() == null ? null : resolver.get(command.parentId()).id();

        Customer customer = Customer.register("cust-" + UUID.randomUUID(), command.registrationId(), command.basic(),
                parentId, user.divisionId(), user.personId(), clock.instant());
        if (!candidates.isEmpty()) {
            customer.confirmDistinctFrom(candidates.stream().map(c -> c.customer().id()).toList(), user.personId(),
                    user.divisionId(), clock.instant());
        }
        keys.add(customer.id(), customer.lookupKeys());
        try {
            customers.save(customer);
        } catch (DuplicateKeyException lostTheRace) {
            Customer winner = customers.findByRegistrationId(registrationId).map(resolver::resolve).orElseThrow(() -> lostTheRace);
            throw new DuplicateCustomerException(registrationId, view.apply(winner), List.of());
        }
        return new Registered(customer, opening.openFor(customer, user.divisionId(), user.personId()).orElse(null));
    }
}
