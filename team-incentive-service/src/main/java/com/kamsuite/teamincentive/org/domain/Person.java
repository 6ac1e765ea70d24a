package com.kamsuite.teamincentive.org.domain;

import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person of a division's sales organisation with their effective-dated reporting lines. The lines are contiguous
 * from the day the person joined; a change from a date splits the line in effect then, so the past stays as it was
 * (last quarter's forecast uses last quarter's hierarchy) and changes already scheduled for later dates are kept.
 */
public class Person extends AggregateRoot {

    private String id;
    private String divisionId;
    private String name;
    private List<ReportingLine> lines = new ArrayList<>();
    private LocalDate leftOn;
    private List<Change> changes = new ArrayList<>();

    /** Who changed what and when, kept for the audit trail. */
    public record Change(Instant at, String by, String what, LocalDate effectiveFrom, String reason) {
    }

    private Person() {
    }

    public static Person register(String id, String divisionId, String name, ReportingLine first, String by, Instant now) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("a person id is a login: lower-case letters, digits, '.', '_' or '-'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        if (id.equals(first.superiorId())) {
            throw new ReportingCycleException(id, id, first.effectiveFrom());
        }
        Person person = new Person();
        person.id = id;
        person.divisionId = divisionId;
        person.name = name.strip();
        person.lines.add(first.endingOn(null));
        person.changes.add(new Change(now, by, "joined", first.effectiveFrom(), null));
        person.announce(null, first.effectiveFrom());
        return person;
    }

    /**
     * The lines this person would have if {@code line} applied from its effective date on: the line in effect then
     * ends that day, a line starting that very day is replaced, later lines stay.
     */
    public List<ReportingLine> linesWith(ReportingLine line) {
        LocalDate from = line.effectiveFrom();
        if (from.isBefore(joinedOn())) {
            throw new RuleViolationException("before-joining", id + " joined on " + joinedOn(), id, joinedOn().toString());
        }
        if (leftOn != null && !from.isBefore(leftOn)) {
            throw new RuleViolationException("person-left", id + " left on " + leftOn, id, leftOn.toString());
        }
        List<ReportingLine> result = new ArrayList<>();
        LocalDate end = leftOn;
        for (ReportingLine existing : lines) {
            if (existing.effectiveFrom().isBefore(from)) {
                result.add(existing.holdsOn(from) ? existing.endingOn(from) : existing);
            } else if (existing.effectiveFrom().isAfter(from)) {
                if (end == null || existing.effectiveFrom().isBefore(end)) {
                    end = existing.effectiveFrom();
                }
                result.add(existing);
            }
        }
        result.add(line.endingOn(end));
        result.sort(java.util.Comparator.comparing(ReportingLine::effectiveFrom));
        return result;
    }

    /** Applies a change of superior, unit or roles from its effective date; the caller checked it makes no cycle. */
    public void changeLine(ReportingLine line, String by, String reason, Instant now) {
        if (id.equals(line.superiorId())) {
            throw new ReportingCycleException(id, id, line.effectiveFrom());
        }
        String previousSuperior = lineOn(line.effectiveFrom()).map(ReportingLine::superiorId).orElse(null);
        lines = linesWith(line);
        changes.add(new Change(now, by, "reporting line", line.effectiveFrom(), reason));
        announce(previousSuperior, line.effectiveFrom());
    }

    /** The person leaves on {@code date}: their line ends that day. The caller checked nobody still reports to them. */
    public void leave(LocalDate date, String by, Instant now) {
        if (leftOn != null) {
            throw new RuleViolationException("person-left", id + " left on " + leftOn, id, leftOn.toString());
        }
        if (!date.isAfter(joinedOn())) {
            throw new RuleViolationException("before-joining", id + " joined on " + joinedOn(), id, joinedOn().toString());
        }
        List<ReportingLine> kept = new ArrayList<>();
        for (ReportingLine line : lines) {
            if (line.effectiveFrom().isBefore(date)) {
                kept.add(line.holdsOn(date) ? line.endingOn(date) : line);
            }
        }
        String previousSuperior = lineOn(date.minusDays(1)).map(ReportingLine::superiorId).orElse(null);
        lines = kept;
        leftOn = date;
        changes.add(new Change(now, by, "left", date, null));
        announce(previousSuperior, date);
    }

    public Optional<ReportingLine> lineOn(LocalDate date) {
        return lines.stream().filter(line -> line.holdsOn(date)).findFirst();
    }

    public LocalDate joinedOn() {
        return lines.get(0).effectiveFrom();
    }

    private void announce(String previousSuperior, LocalDate effectiveFrom) {
        ReportingLine current = lineOn(effectiveFrom).orElse(lines.get(lines.size() - 1));
        recordEvent(new ReportingLineChanged(id, divisionId, name, leftOn != null && !effectiveFrom.isBefore(leftOn) ? null : current.superiorId(),
                previousSuperior, current.roles().stream().map(Enum::name).toList(), current.unitId(), effectiveFrom, leftOn,
                lines.stream().map(line -> new ReportingLineChanged.Line(line.superiorId(), line.unitId(),
                        line.roles().stream().map(Enum::name).toList(), line.effectiveFrom(), line.effectiveTo())).toList()),
                divisionId);
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String name() {
        return name;
    }

    public List<ReportingLine> lines() {
        return List.copyOf(lines);
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
