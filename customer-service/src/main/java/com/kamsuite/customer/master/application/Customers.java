package com.kamsuite.customer.master.application;

import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.kit.domain.NotFoundException;
import org.springframework.stereotype.Service;

/** Reads customer masters, following the redirect of a merged duplicate to its survivor. */
@Service
public class Customers {

    private static final int MAX_REDIRECTS = 10;

    private final CustomerRepository repository;

    public Customers(CustomerRepository repository) {
        this.repository = repository;
    }

    /** The customer with this id, or the survivor it was merged into. */
    public Customer get(String id) {
        Customer customer = repository.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
        return resolve(customer);
    }

    /** The id of the survivor of a merged customer; the id itself for any other (even an unknown one). */
    public String survivorIdOf(String id) {
        return repository.findById(id).map(this::resolve).map(Customer::id).orElse(id);
    }

    /** The survivor of a merged customer (itself when it was not merged). */
    public Customer resolve(Customer customer) {
        Customer current = customer;
        for (int hops = 0; current.isMerged() && hops < MAX_REDIRECTS; hops++) {
            String next = current.mergedInto();
            current = repository.findById(next).orElseThrow(() -> new NotFoundException("customer", next));
        }
        return current;
    }
}
