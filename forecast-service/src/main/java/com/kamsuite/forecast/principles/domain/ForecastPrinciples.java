package com.kamsuite.forecast.principles.domain;

import com.kamsuite.forecast.shared.domain.AuditEntry;
import com.kamsuite.kit.domain.AggregateRoot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast principles of one division (F1), set by sales operations. Each change is a new revision; the earlier
 * rules are kept, and forecasts keep the weighting they were built with.
 */
public class ForecastPrinciples extends AggregateRoot {

    private String id;
    private String divisionId;
    private int revision;
    private ForecastRules rules;
    private List<Revision> revisions = new ArrayList<>();

    /** One revision of the rules: what they were, who set them, when and why. */
    public record Revision(int revision, ForecastRules rules, AuditEntry audit) {
    }

    private ForecastPrinciples() {
    }

    public static String idOf(String divisionId) {
        return "principles-" + divisionId;
    }

    public static ForecastPrinciples define(String divisionId, ForecastRules rules, String by, String reason, Instant now) {
        ForecastPrinciples principles = new ForecastPrinciples();
        principles.id = idOf(divisionId);
        principles.divisionId = divisionId;
        principles.change(rules, by, reason, now);
        return principles;
    }

    public void change(ForecastRules rules, String by, String reason, Instant now) {
        this.rules = rules;
        this.revision++;
        revisions.add(new Revision(revision, rules, new AuditEntry(now, by, revision == 1 ? "defined" : "changed", reason)));
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public int revision() {
        return revision;
    }

    public ForecastRules rules() {
        return rules;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }
}
