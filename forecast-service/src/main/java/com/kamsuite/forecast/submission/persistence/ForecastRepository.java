package com.kamsuite.forecast.submission.persistence;

import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastStatus;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Forecast versions: one document per version, unique per key (division, period, owner) and version number. */
@Repository
public class ForecastRepository {

    private final AggregateStore store;

    public ForecastRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(Forecast.class);
        mongo.indexOps(collection).createIndex(new Index().on("forecastKey", Sort.Direction.ASC)
                .on("versionNumber", Sort.Direction.ASC).unique());
        mongo.indexOps(collection).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("period", Sort.Direction.ASC));
    }

    public Forecast save(Forecast forecast) {
        return store.save(forecast);
    }

    public Optional<Forecast> find(String divisionId, String id) {
        return store.findById(Forecast.class, id).filter(forecast -> forecast.divisionId().equals(divisionId));
    }

    /** Every version of one person's forecast of a period, oldest first. */
    public List<Forecast> versions(String divisionId, Period period, String ownerId) {
        return store.find(Query.query(where("forecastKey").is(Forecast.keyOf(divisionId, period, ownerId))), Forecast.class)
                .stream().sorted(Comparator.comparingInt(Forecast::versionNumber)).toList();
    }

    public Optional<Forecast> latest(String divisionId, Period period, String ownerId) {
        List<Forecast> versions = versions(divisionId, period, ownerId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Forecast> latestSubmitted(String divisionId, Period period, String ownerId) {
        return versions(divisionId, period, ownerId).stream().filter(f -> f.status() == ForecastStatus.SUBMITTED)
                .reduce((first, second) -> second);
    }

    /** Every version of every forecast of the division for the period, by owner and version. */
    public List<Forecast> inPeriod(String divisionId, Period period) {
        return store.find(Query.query(where("divisionId").is(divisionId).and("period").is(period.code())), Forecast.class)
                .stream().sorted(Comparator.comparing(Forecast::ownerId).thenComparingInt(Forecast::versionNumber)).toList();
    }
}
