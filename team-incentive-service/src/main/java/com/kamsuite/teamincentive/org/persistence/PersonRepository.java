package com.kamsuite.teamincentive.org.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.teamincentive.org.domain.Person;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class PersonRepository {

    private final AggregateStore store;

    public PersonRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(Person.class)).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
    }

    public Person save(Person person) {
        return store.save(person);
    }

    /** The person, if they belong to the division; another division's person is as absent as a missing one. */
    public Optional<Person> find(String divisionId, String id) {
        return store.findById(Person.class, id).filter(person -> person.divisionId().equals(divisionId));
    }

    public List<Person> inDivision(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId)).with(Sort.by("_id")), Person.class);
    }
}
