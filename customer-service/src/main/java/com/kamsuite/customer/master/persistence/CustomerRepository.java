package com.kamsuite.customer.master.persistence;

import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class CustomerRepository {

    private final AggregateStore store;

    public CustomerRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(Customer.class);
        // The unique index is what makes concurrent creates of one registration id yield one customer.
        mongo.indexOps(collection).createIndex(new Index().on("registrationId", Sort.Direction.ASC).unique());
        mongo.indexOps(collection).createIndex(new Index().on("parentId", Sort.Direction.ASC).sparse());
    }

    public Customer save(Customer customer) {
        return store.save(customer);
    }

    public Optional<Customer> findById(String id) {
        return store.findById(Customer.class, id);
    }

    public List<Customer> findAllById(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : store.find(Query.query(where("_id").in(ids)), Customer.class);
    }

    public Optional<Customer> findByRegistrationId(String registrationId) {
        return store.findOne(Query.query(where("registrationId").is(registrationId)), Customer.class);
    }

    public List<Customer> childrenOf(String parentId) {
        return store.find(Query.query(where("parentId").is(parentId)), Customer.class);
    }
}
