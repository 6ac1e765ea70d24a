package com.kamsuite.opportunity.funnel.application;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelSettings;
import com.kamsuite.opportunity.funnel.persistence.FunnelSettingsRepository;
import com.kamsuite.opportunity.opportunity.application.DivisionFunnelRules;
import com.kamsuite.opportunity.opportunity.domain.FunnelRules;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Reads and changes a division's funnel rules (O2): stage probabilities and gates. */
@Service
public class FunnelConfiguration implements DivisionFunnelRules {

    private final FunnelSettingsRepository settings;
    private final Clock clock;

    public FunnelConfiguration(FunnelSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public FunnelSettings settings(String divisionId) {
        return settings.find(divisionId).orElseGet(() -> FunnelSettings.defaults(divisionId));
    }

    @Override
    public FunnelRules rules(String divisionId) {
        return settings(divisionId).rules();
    }

    /** Sales operations set their division's funnel benchmarks (O6). */
    public FunnelSettings setBenchmarks(Benchmarks benchmarks, CurrentUser user) {
        FunnelSettings current = settings(user.divisionId());
        current.setBenchmarks(benchmarks, user.personId(), clock.instant());
        return settings.save(current);
    }

    /** Sales operations reconfigure their own division (the role is checked at the endpoint). */
    public FunnelSettings reconfigure(FunnelRules rules, CurrentUser user) {
        FunnelSettings current = settings(user.divisionId());
        current.reconfigure(rules, user.personId(), clock.instant());
        return settings.save(current);
    }
}
