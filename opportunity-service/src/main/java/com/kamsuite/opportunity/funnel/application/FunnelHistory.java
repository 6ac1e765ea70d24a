package com.kamsuite.opportunity.funnel.application;

import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.funnel.domain.BenchmarkDerivation;
import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelSettings;
import com.kamsuite.opportunity.funnel.domain.FunnelSnapshot;
import com.kamsuite.opportunity.funnel.persistence.FunnelSnapshots;
import com.kamsuite.opportunity.funnel.persistence.OpenOpportunities;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Historical snapshots of the division's funnel, and benchmarks derived from them (O6). */
@Service
public class FunnelHistory {

    /** The most snapshots listed or averaged at once. */
    public static final int MAX_SNAPSHOTS = 120;

    private final FunnelSnapshots snapshots;
    private final OpenOpportunities open;
    private final FunnelConfiguration configuration;
    private final Clock clock;

    public FunnelHistory(FunnelSnapshots snapshots, OpenOpportunities open, FunnelConfiguration configuration, Clock clock) {
        this.snapshots = snapshots;
        this.open = open;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Sales operations record the funnel as it stands, in the benchmarks' currency (CNY while none are set). */
    public FunnelSnapshot take(CurrentUser user) {
        String currency = configuration.settings(user.divisionId()).benchmarks().map(Benchmarks::currency)
                .orElse(FunnelHealthReport.DEFAULT_CURRENCY);
        return snapshots.save(FunnelSnapshot.take("fsn-" + UUID.randomUUID(), user.divisionId(), currency,
                open.of(user.divisionId(), null), user.personId(), clock.instant()));
    }

    public List<FunnelSnapshot> latest(int limit, CurrentUser user) {
        return snapshots.latest(user.divisionId(), Math.min(limit, MAX_SNAPSHOTS));
    }

    /** Sets the benchmarks to the average of the latest {@code last} snapshots in {@code currency}. */
    public FunnelSettings deriveBenchmarks(int last, String currency, CurrentUser user) {
        List<FunnelSnapshot> history = latest(last, user);
        if (history.stream().noneMatch(s -> s.currency().equals(currency))) {
            throw new RuleViolationException("no-snapshots", "no funnel snapshot in " + currency, currency);
        }
        return configuration.setBenchmarks(BenchmarkDerivation.average(history, currency), user);
    }
}
