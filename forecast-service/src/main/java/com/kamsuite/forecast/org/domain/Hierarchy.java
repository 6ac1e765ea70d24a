package com.kamsuite.forecast.org.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reporting lines of a division for one period (F3: a forecast of a period uses that period's hierarchy). A
 * person's line in the period is the one in effect on its first day, or, for someone who joined during it, the first
 * line that starts in it. Someone who left before the period started is not in it.
 */
public final class Hierarchy {

    /** The roles that forecast; sales operations, finance and HR report to the head but do not forecast. */
    public static final Set<String> FORECASTING_ROLES = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR",
            "DIVISION_HEAD");

    private final Map<String, OrgPerson.Line> lines;

    private Hierarchy(Map<String, OrgPerson.Line> lines) {
        this.lines = lines;
    }

    public static Hierarchy in(List<OrgPerson> people, LocalDate start, LocalDate end) {
        Map<String, OrgPerson.Line> lines = new java.util.HashMap<>();
        for (OrgPerson person : people) {
            person.lines().stream().filter(line -> line.overlaps(start, end))
                    .min(Comparator.comparing(OrgPerson.Line::from))
                    .ifPresent(line -> lines.put(person.personId(), line));
        }
        return new Hierarchy(Map.copyOf(lines));
    }

    public boolean contains(String personId) {
        return lines.containsKey(personId);
    }

    /** The superior in the period; empty for the division head (or someone not in the organisation then). */
    public Optional<String> superiorOf(String personId) {
        return Optional.ofNullable(lines.get(personId)).map(OrgPerson.Line::superiorId);
    }

    public Set<String> directReportsOf(String personId) {
        return lines.entrySet().stream().filter(e -> personId.equals(e.getValue().superiorId()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Everyone below the person, at any depth (a cycle in bad data stops the walk rather than looping). */
    public Set<String> allBelow(String personId) {
        Set<String> below = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(directReportsOf(personId));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!next.equals(personId) && below.add(next)) {
                todo.addAll(directReportsOf(next));
            }
        }
        return below;
    }

    /** How many levels of people are below the person: 0 for an account manager, 1 for their manager, and so on. */
    public int levelsBelow(String personId) {
        return height(personId, new java.util.HashSet<>());
    }

    private int height(String personId, Set<String> seen) {
        if (!seen.add(personId)) {
            return 0;
        }
        int height = 0;
        for (String report : directReportsOf(personId)) {
            height = Math.max(height, 1 + height(report, seen));
        }
        return height;
    }

    /** The person and everyone below them: whose forecasts the person may see. */
    public Set<String> selfAndBelow(String personId) {
        Set<String> people = new TreeSet<>(allBelow(personId));
        people.add(personId);
        return people;
    }

    /** The people expected to forecast in the period: everyone in it holding a forecasting role. */
    public Set<String> forecasters() {
        return lines.entrySet().stream()
                .filter(e -> e.getValue().roles().stream().anyMatch(FORECASTING_ROLES::contains))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

}
