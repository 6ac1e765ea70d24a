package com.kamsuite.customer.classification.persistence;

import com.kamsuite.customer.classification.domain.Evaluation;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The evaluations of accounts, one document per account under the account's id. */
@Repository
public class EvaluationRepository {

    private final AggregateStore store;

    public EvaluationRepository(AggregateStore store) {
        this.store = store;
        store.collectionOf(Evaluation.class);
    }

    public Optional<Evaluation> find(String accountId) {
        return store.findById(Evaluation.class, accountId);
    }

    public Evaluation save(Evaluation evaluation) {
        return store.save(evaluation);
    }
}
