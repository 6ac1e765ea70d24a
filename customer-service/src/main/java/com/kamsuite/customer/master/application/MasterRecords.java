package com.kamsuite.customer.master.application;

import com.kamsuite.customer.master.domain.BasicInfo;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerKeyIndex;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Keeps the group-wide basic information of a customer up to date, every change in its history (C1, C4). */
@Service
public class MasterRecords {

    private final CustomerRepository customers;
    private final CustomerKeyIndex keys;
    private final Customers resolver;
    private final Clock clock;

    public MasterRecords(CustomerRepository customers, CustomerKeyIndex keys, Customers resolver, Clock clock) {
        this.customers = customers;
        this.keys = keys;
        this.resolver = resolver;
        this.clock = clock;
    }

    public Customer updateBasic(String id, BasicInfo basic, CurrentUser user) {
        Customer customer = resolver.get(id);
        customer.updateBasic(basic, user.personId(), user.divisionId(), clock.instant());
        // New keys before the customer that they find; the old ones dangle harmlessly (hits are verified).
        keys.add(customer.id(), customer.lookupKeys());
        return customers.save(customer);
    }
}
