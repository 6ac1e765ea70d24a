package com.kamsuite.forecast.division.persistence;

import com.kamsuite.forecast.division.domain.PartnerForecast;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class PartnerForecastRepository {

    private final AggregateStore store;

    public PartnerForecastRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(PartnerForecast.class);
        mongo.indexOps(collection).createIndex(new Index().on("partnerKey", Sort.Direction.ASC)
                .on("versionNumber", Sort.Direction.ASC).unique());
        mongo.indexOps(collection).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("period", Sort.Direction.ASC));
    }

    public PartnerForecast save(PartnerForecast forecast) {
        return store.save(forecast);
    }

    /** Every version a partner submitted for the period, oldest first. */
    public List<PartnerForecast> versions(String divisionId, Period period, String partnerId) {
        return store.find(Query.query(where("partnerKey").is(PartnerForecast.keyOf(divisionId, period, partnerId))),
                PartnerForecast.class).stream().sorted(Comparator.comparingInt(PartnerForecast::versionNumber)).toList();
    }

    /** The latest version of each partner's forecast of the period, by partner. */
    public List<PartnerForecast> latestInPeriod(String divisionId, Period period) {
        Map<String, PartnerForecast> latest = store.find(Query.query(where("divisionId").is(divisionId)
                        .and("period").is(period.code())), PartnerForecast.class).stream()
                .collect(Collectors.toMap(PartnerForecast::partnerId, f -> f,
                        BinaryOperator.maxBy(Comparator.comparingInt(PartnerForecast::versionNumber))));
        return latest.values().stream().sorted(Comparator.comparing(PartnerForecast::partnerId)).toList();
    }
}
