package com.kamsuite.forecast.division.persistence;

import com.kamsuite.forecast.division.domain.DivisionForecast;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class DivisionForecastRepository {

    private final AggregateStore store;

    public DivisionForecastRepository(AggregateStore store) {
        this.store = store;
        store.collectionOf(DivisionForecast.class);
    }

    public Optional<DivisionForecast> find(String divisionId, Period period) {
        return store.findById(DivisionForecast.class, DivisionForecast.idOf(divisionId, period))
                .filter(f -> f.divisionId().equals(divisionId));
    }

    public DivisionForecast save(DivisionForecast forecast) {
        return store.save(forecast);
    }
}
