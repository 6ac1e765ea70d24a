package com.kamsuite.teamincentive.org.domain;

import com.kamsuite.events.org.OrgUnitChanged;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit of a division's sales organisation: the division, a region (with the region code territory rules use), a
 * team, or a key-account organisation form. Each form has its rules (see {@link #checkForm}).
 */
public class OrgUnit extends AggregateRoot {

    static final int PERMANENT_GROUP_MIN = 3;
    static final int PERMANENT_GROUP_MAX = 5;

    private String id;
    private String divisionId;
    private UnitKind kind;
    private String name;
    private String code;
    private String parentId;
    private String leaderId;
    private List<String> memberIds = new ArrayList<>();
    private List<String> customerIds = new ArrayList<>();
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<Person.Change> changes = new ArrayList<>();

    /** What the unit is to look like; {@code parentKind} and {@code leaderRoles} are looked up by the caller. */
    public record Shape(String name, String code, String parentId, UnitKind parentKind, String leaderId,
                        List<SalesRole> leaderRoles, List<String> memberIds, List<String> customerIds) {

        public Shape {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a unit needs a name");
            }
            name = name.strip();
            leaderRoles = leaderRoles == null ? List.of() : List.copyOf(leaderRoles);
            memberIds = memberIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(memberIds));
            customerIds = customerIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(customerIds));
        }
    }

    private OrgUnit() {
    }

    public static OrgUnit create(String id, String divisionId, UnitKind kind, Shape shape, LocalDate validFrom, String by,
                                 Instant now) {
        checkForm(kind, shape);
        OrgUnit unit = new OrgUnit();
        unit.id = id;
        unit.divisionId = divisionId;
        unit.kind = kind;
        unit.validFrom = validFrom;
        unit.apply(shape);
        unit.changes.add(new Person.Change(now, by, "created", validFrom, null));
        unit.announce();
        return unit;
    }

    public void revise(Shape shape, String by, Instant now) {
        requireActive();
        checkForm(kind, shape);
        apply(shape);
        changes.add(new Person.Change(now, by, "revised", null, null));
        announce();
    }

    public void dissolve(LocalDate on, String by, Instant now) {
        requireActive();
        if (!on.isAfter(validFrom)) {
            throw new RuleViolationException("unit-dissolved-too-early", id + " starts on " + validFrom, id, validFrom.toString());
        }
        validTo = on;
        changes.add(new Person.Change(now, by, "dissolved", on, null));
        announce();
    }

    /**
     * The rules of each kind: a division has no parent; regions and the key-account department sit directly under the
     * division, and a region has a code; a temporary key-account group is led by an executive (sales director or
     * division head); a permanent key-account group has 3–5 people, its leader included.
     */
    static void checkForm(UnitKind kind, Shape shape) {
        switch (kind) {
            case DIVISION -> {
                if (shape.parentId() != null) {
                    throw violation("division-has-no-parent", "a division is the top of its organisation", kind);
                }
            }
            case REGION, KEY_ACCOUNT_DEPARTMENT -> {
                if (shape.parentKind() != UnitKind.DIVISION) {
                    throw violation("unit-parent-kind", kind + " must sit directly under the division", kind);
                }
                if (kind == UnitKind.REGION && (shape.code() == null || shape.code().isBlank())) {
                    throw violation("region-code-required", "a region needs the code the territory rules use", kind);
                }
            }
            case TEAM, KEY_ACCOUNT_PERMANENT_GROUP, KEY_ACCOUNT_TEMPORARY_GROUP -> {
                if (shape.parentId() == null) {
                    throw violation("unit-parent-kind", kind + " needs a parent unit", kind);
                }
            }
        }
        if (kind == UnitKind.KEY_ACCOUNT_TEMPORARY_GROUP
                && (shape.leaderId() == null || shape.leaderRoles().stream().noneMatch(SalesRole::isExecutive))) {
            throw violation("temporary-group-leader", "a temporary key-account group is led by an executive", kind);
        }
        if (kind == UnitKind.KEY_ACCOUNT_PERMANENT_GROUP) {
            Set<String> people = new LinkedHashSet<>(shape.memberIds());
            if (shape.leaderId() != null) {
                people.add(shape.leaderId());
            }
            if (people.size() < PERMANENT_GROUP_MIN || people.size() > PERMANENT_GROUP_MAX) {
                throw new RuleViolationException("permanent-group-size", "a permanent key-account group has 3 to 5 people",
                        people.size());
            }
        }
    }

    private static RuleViolationException violation(String code, String message, UnitKind kind) {
        return new RuleViolationException(code, message, kind.name());
    }

    private void apply(Shape shape) {
        name = shape.name();
        code = shape.code();
        parentId = shape.parentId();
        leaderId = shape.leaderId();
        memberIds = new ArrayList<>(shape.memberIds());
        customerIds = new ArrayList<>(shape.customerIds());
    }

    private void requireActive() {
        if (validTo != null) {
            throw new RuleViolationException("unit-dissolved", id + " was dissolved on " + validTo, id, validTo.toString());
        }
    }

    private void announce() {
        recordEvent(new OrgUnitChanged(id, divisionId, kind.name(), name, code, parentId, leaderId, List.copyOf(memberIds),
                List.copyOf(customerIds), validFrom, validTo), divisionId);
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public UnitKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String parentId() {
        return parentId;
    }

    public String leaderId() {
        return leaderId;
    }

    public List<String> memberIds() {
        return List.copyOf(memberIds);
    }

    public List<String> customerIds() {
        return List.copyOf(customerIds);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public List<Person.Change> changes() {
        return List.copyOf(changes);
    }
}
