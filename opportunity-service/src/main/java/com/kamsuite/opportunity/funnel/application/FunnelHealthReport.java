package com.kamsuite.opportunity.funnel.application;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelHealth;
import com.kamsuite.opportunity.funnel.domain.StageBenchmark;
import com.kamsuite.opportunity.funnel.persistence.OpenOpportunities;
import com.kamsuite.opportunity.opportunity.domain.Money;
import com.kamsuite.opportunity.org.domain.OrgPerson;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Funnel health (O6) of the division, of one owner, or of a manager's team (their direct reports today). */
@Service
public class FunnelHealthReport {

    /** The currency amounts are compared in while a division has set no benchmarks. */
    static final String DEFAULT_CURRENCY = "CNY";

    public enum Scope { DIVISION, OWNER, TEAM }

    public record Report(Scope scope, String personId, List<String> owners, String currency, boolean benchmarksSet,
                         List<FunnelHealth.StageHealth> stages) {
    }

    private final FunnelConfiguration configuration;
    private final OpenOpportunities open;
    private final ReportingLines reportingLines;
    private final Clock clock;

    public FunnelHealthReport(FunnelConfiguration configuration, OpenOpportunities open, ReportingLines reportingLines, Clock clock) {
        this.configuration = configuration;
        this.open = open;
        this.reportingLines = reportingLines;
        this.clock = clock;
    }

    public Report report(Scope scope, String personId, CurrentUser user) {
        Optional<Benchmarks> benchmarks = configuration.settings(user.divisionId()).benchmarks();
        String currency = benchmarks.map(Benchmarks::currency).orElse(DEFAULT_CURRENCY);
        String person = personId == null ? user.personId() : personId;
        return switch (scope) {
            case DIVISION -> new Report(scope, null, null, currency, benchmarks.isPresent(), FunnelHealth.assess(
                    entries(user.divisionId(), null), currency, stage -> benchmarks.flatMap(b -> b.forDivision(stage))));
            case OWNER -> new Report(scope, person, List.of(person), currency, benchmarks.isPresent(), FunnelHealth.assess(
                    entries(user.divisionId(), List.of(person)), currency, stage -> benchmarks.flatMap(b -> b.forOwner(stage))));
            case TEAM -> {
                List<String> team = reportingLines.directReports(person, user.divisionId(), LocalDate.now(clock)).stream()
                        .map(OrgPerson::personId).sorted().toList();
                Function<String, Optional<StageBenchmark>> scaled = stage -> benchmarks.flatMap(b -> b.forOwner(stage))
                        .map(perOwner -> FunnelHealth.scaled(perOwner, team.size()));
                yield new Report(scope, person, team, currency, benchmarks.isPresent(),
                        FunnelHealth.assess(entries(user.divisionId(), team), currency, scaled));
            }
        };
    }

    private List<FunnelHealth.Entry> entries(String divisionId, List<String> owners) {
        return open.of(divisionId, owners).stream()
                .map(p -> new FunnelHealth.Entry(p.stage(), new Money(p.amount(), p.currency()))).toList();
    }
}
