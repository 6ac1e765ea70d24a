package com.kamsuite.opportunity.funnel.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.funnel.domain.FunnelSettings;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class FunnelSettingsRepository {

    private final AggregateStore store;

    public FunnelSettingsRepository(AggregateStore store) {
        this.store = store;
        store.collectionOf(FunnelSettings.class);
    }

    /** The division's settings, stored under the division id. */
    public Optional<FunnelSettings> find(String divisionId) {
        return store.findById(FunnelSettings.class, divisionId);
    }

    public FunnelSettings save(FunnelSettings settings) {
        return store.save(settings);
    }
}
