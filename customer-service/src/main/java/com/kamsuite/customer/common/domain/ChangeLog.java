package com.kamsuite.customer.common.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Collects the changes of one edit: field by field, old → new, by one person at one time. */
public final class ChangeLog {

    private final Instant at;
    private final String by;
    private final String division;
    private final List<Change> changes = new ArrayList<>();

    public ChangeLog(Instant at, String by, String division) {
        this.at = at;
        this.by = by;
        this.division = division;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public ChangeLog field(String category, String field, Object oldValue, Object newValue, boolean personal) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new Change(at, by, division, category, field, text(oldValue), text(newValue), personal));
        }
        return this;
    }

    /**
     * One change per component that differs between two records of one type ({@code null} stands for a record that
     * did not exist); components named in {@code personal} are marked personal data.
     */
    public <R extends Record> ChangeLog record(String category, String prefix, R before, R after, Set<String> personal) {
        Class<?> type = before != null ? before.getClass() : after.getClass();
        for (RecordComponent component : type.getRecordComponents()) {
            field(category, prefix + component.getName(), valueOf(component, before), valueOf(component, after),
                    personal.contains(component.getName()));
        }
        return this;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    private static Object valueOf(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
