package com.kamsuite.customer.master.application;

import com.kamsuite.customer.master.domain.CompanySize;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.domain.DuplicateCustomerException;
import com.kamsuite.customer.master.domain.RegistrationId;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

@Service
public class CustomerRegistration {

    private final CustomerRepository customers;
    private final Clock clock;

    public CustomerRegistration(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public record RegisterCustomer(RegistrationId registrationId, String legalName, String industry, String region, CompanySize size) {
    }

    /**
     * Registers a customer unless one with the same registration id exists; then answers 409 with it. The unique
     * index decides between concurrent creates, so exactly one of them wins.
     */
    public <V> Customer register(RegisterCustomer command, CurrentUser user, Function<Customer, V> view) {
        String registrationId = command.registrationId().value();
        customers.findByRegistrationId(registrationId).ifPresent(existing -> {
            throw new DuplicateCustomerException(registrationId, view.apply(existing));
        });
        Customer customer = Customer.register("cust-" + UUID.randomUUID(), command.registrationId(), command.legalName(),
                command.industry(), command.region(), command.size(), user.divisionId(), user.personId(), clock.instant());
        try {
            return customers.save(customer);
        } catch (DuplicateKeyException lostTheRace) {
            Customer winner = customers.findByRegistrationId(registrationId).orElseThrow(() -> lostTheRace);
            throw new DuplicateCustomerException(registrationId, view.apply(winner));
        }
    }

    public Customer get(String id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
    }
}
