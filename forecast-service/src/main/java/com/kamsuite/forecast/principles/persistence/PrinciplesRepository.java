package com.kamsuite.forecast.principles.persistence;

import com.kamsuite.forecast.principles.domain.ForecastPrinciples;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class PrinciplesRepository {

    private final AggregateStore store;

    public PrinciplesRepository(AggregateStore store) {
        this.store = store;
        store.collectionOf(ForecastPrinciples.class);
    }

    public Optional<ForecastPrinciples> of(String divisionId) {
        return store.findById(ForecastPrinciples.class, ForecastPrinciples.idOf(divisionId))
                .filter(p -> p.divisionId().equals(divisionId));
    }

    public ForecastPrinciples save(ForecastPrinciples principles) {
        return store.save(principles);
    }
}
