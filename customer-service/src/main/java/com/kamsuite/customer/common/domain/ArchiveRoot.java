package com.kamsuite.customer.common.domain;

import com.kamsuite.kit.domain.AggregateRoot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate of a division's archive of a customer (the account, its evaluation, loyalty and plans): every change
 * is kept in its history, and a merge of a duplicate is marked there so that it is taken over once only. All of
 * them are keyed by the account's id and belong to one customer and one division.
 */
public abstract class ArchiveRoot extends AggregateRoot {

    private static final String MERGE = "MERGE";

    private String id;
    private String customerId;
    private String divisionId;
    private List<Change> history = new ArrayList<>();

    protected void identify(String accountId, String customerId, String divisionId) {
        this.id = accountId;
        this.customerId = customerId;
        this.divisionId = divisionId;
    }

    @Override
    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public String divisionId() {
        return divisionId;
    }

    /** Oldest first. */
    public List<Change> history() {
        return List.copyOf(history);
    }

    protected ChangeLog log(String by, Instant at) {
        return new ChangeLog(at, by, divisionId());
    }

    protected void keep(ChangeLog log) {
        history.addAll(log.changes());
    }

    protected void keep(String category, String field, String newValue, String by, Instant at) {
        history.add(new Change(at, by, divisionId(), category, field, null, newValue, false));
    }

    /** Whether the archive of {@code duplicateId} was taken over before. */
    protected boolean absorbed(String duplicateId) {
        String marker = marker(duplicateId);
        return history.stream().anyMatch(change -> MERGE.equals(change.category()) && marker.equals(change.newValue()));
    }

    /** Takes over the duplicate's history, and marks it taken over. */
    protected void absorbHistory(ArchiveRoot duplicate, String by, Instant at) {
        history.addAll(duplicate.history);
        history.sort(Change.BY_TIME);
        keep(MERGE, "account", marker(duplicate.id()), by, at);
    }

    private static String marker(String duplicateId) {
        return "absorbed " + duplicateId;
    }
}
