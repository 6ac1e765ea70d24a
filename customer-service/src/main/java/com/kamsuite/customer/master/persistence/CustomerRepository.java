package com.kamsuite.customer.master.persistence;

import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class CustomerRepository {

    private final AggregateStore store;

    public CustomerRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(Customer.class);
        // The unique index is what makes concurrent creates of one registration id yield one customer.
        mongo.indexOps(collection).createIndex(new Index().on("registrationId", org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    public Customer save(Customer customer) {
        return store.save(customer);
    }

    public Optional<Customer> findById(String id) {
        return store.findById(Customer.class, id);
    }

    public Optional<Customer> findByRegistrationId(String registrationId) {
        return store.findOne(Query.query(where("registrationId").is(registrationId)), Customer.class);
    }
}
