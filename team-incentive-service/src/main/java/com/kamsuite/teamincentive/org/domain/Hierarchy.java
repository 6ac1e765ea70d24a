package com.kamsuite.teamincentive.org.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reporting lines of a division at any date: who reports to whom, and whether a proposed change would make
 * someone their own superior.
 */
public final class Hierarchy {

    private final Map<String, List<ReportingLine>> linesByPerson;

    public Hierarchy(Map<String, List<ReportingLine>> linesByPerson) {
        this.linesByPerson = Map.copyOf(linesByPerson);
    }

    public static Hierarchy of(List<Person> people) {
        Map<String, List<ReportingLine>> lines = new HashMap<>();
        people.forEach(person -> lines.put(person.id(), person.lines()));
        return new Hierarchy(lines);
    }

    public Optional<ReportingLine> lineOn(String personId, LocalDate date) {
        return linesByPerson.getOrDefault(personId, List.of()).stream().filter(line -> line.holdsOn(date)).findFirst();
    }

    public Optional<String> superiorOn(String personId, LocalDate date) {
        return lineOn(personId, date).map(ReportingLine::superiorId);
    }

    /** The superiors of a person on a date, nearest first. */
    public List<String> chainOn(String personId, LocalDate date) {
        Set<String> chain = new LinkedHashSet<>();
        Optional<String> next = superiorOn(personId, date);
        while (next.isPresent() && !next.get().equals(personId) && chain.add(next.get())) {
            next = superiorOn(next.get(), date);
        }
        return List.copyOf(chain);
    }

    /** Everyone who reports to the person on the date, directly or not. */
    public List<String> subordinatesOn(String personId, LocalDate date) {
        List<String> result = new ArrayList<>();
        linesByPerson.keySet().stream().sorted().forEach(candidate -> {
            if (chainOn(candidate, date).contains(personId)) {
                result.add(candidate);
            }
        });
        return result;
    }

    /** Whether the person is the superior (direct or indirect) of another on the date. */
    public boolean isAbove(String superiorId, String personId, LocalDate date) {
        return chainOn(personId, date).contains(superiorId);
    }

    /**
     * Refuses the proposed lines of a person if, on any date from {@code from} on, following superiors from that
     * person leads back to them. Only dates where some line starts or ends can change the answer, so those are checked.
     */
    public void requireNoCycle(String personId, List<ReportingLine> proposed, LocalDate from) {
        Map<String, List<ReportingLine>> changed = new HashMap<>(linesByPerson);
        changed.put(personId, proposed);
        Hierarchy after = new Hierarchy(changed);
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(from);
        changed.values().forEach(lines -> lines.forEach(line -> {
            if (!line.effectiveFrom().isBefore(from)) {
                dates.add(line.effectiveFrom());
            }
            if (line.effectiveTo() != null && !line.effectiveTo().isBefore(from)) {
                dates.add(line.effectiveTo());
            }
        }));
        for (LocalDate date : dates) {
            Set<String> seen = new LinkedHashSet<>();
            Optional<String> next = after.superiorOn(personId, date);
            while (next.isPresent()) {
                if (next.get().equals(personId)) {
                    throw new ReportingCycleException(personId, after.superiorOn(personId, date).orElseThrow(), date);
                }
                if (!seen.add(next.get())) {
                    break;
                }
                next = after.superiorOn(next.get(), date);
            }
        }
    }
}
