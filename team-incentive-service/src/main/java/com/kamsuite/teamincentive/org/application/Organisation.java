package com.kamsuite.teamincentive.org.application;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.lock.LeaseLocks;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.org.domain.OrgUnit;
import com.kamsuite.teamincentive.org.domain.Person;
import com.kamsuite.teamincentive.org.domain.ReportingCycleException;
import com.kamsuite.teamincentive.org.domain.ReportingLine;
import com.kamsuite.teamincentive.org.domain.SalesRole;
import com.kamsuite.teamincentive.org.domain.UnitKind;
import com.kamsuite.teamincentive.org.persistence.OrgUnitRepository;
import com.kamsuite.teamincentive.org.persistence.PersonRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * T1: the people, reporting lines and units of the caller's division. Changes whose rule reads other people or units
 * (no cycle, nobody left reporting to a leaver) hold the division's organisation lock, so two changes that are
 * each valid alone cannot together break the rule.
 */
@Service
public class Organisation {

    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final LeaseLocks locks;
    private final Clock clock;

    public Organisation(PersonRepository people, OrgUnitRepository units, LeaseLocks locks, Clock clock) {
        this.people = people;
        this.units = units;
        this.locks = locks;
        this.clock = clock;
    }

    public record RegisterPerson(String personId, String name, String superiorId, String unitId, List<SalesRole> roles,
                                 LocalDate effectiveFrom) {
    }

    public record ChangeLine(String superiorId, String unitId, List<SalesRole> roles, LocalDate effectiveFrom, String reason) {
    }

    public record UnitCommand(UnitKind kind, String name, String code, String parentId, String leaderId,
                              List<String> memberIds, List<String> customerIds, LocalDate validFrom) {
    }

    public Person register(RegisterPerson command, CurrentUser user) {
        String division = user.divisionId();
        ReportingLine line = new ReportingLine(command.superiorId(), command.unitId(), command.roles(),
                command.effectiveFrom(), null);
        Person person = Person.register(command.personId(), division, command.name(), line, user.personId(), clock.instant());
        requireReferences(division, line);
        try {
            return people.save(person);
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("person-exists", "person " + command.personId() + " exists already", command.personId());
        }
    }

    /** Changes a person's superior, unit or roles from a date on; 409 if it would make anyone their own superior. */
    public Person changeLine(String personId, ChangeLine command, CurrentUser user) {
        String division = user.divisionId();
        ReportingLine line = new ReportingLine(command.superiorId(), command.unitId(), command.roles(),
                command.effectiveFrom(), null);
        if (personId.equals(command.superiorId())) {
            throw new ReportingCycleException(personId, personId, command.effectiveFrom());
        }
        return locks.holding(orgLock(division), () -> {
            Person person = person(personId, user);
            requireReferences(division, line);
            hierarchy(division).requireNoCycle(personId, person.linesWith(line), command.effectiveFrom());
            person.changeLine(line, user.personId(), command.reason(), clock.instant());
            return people.save(person);
        });
    }

    /** The person leaves; refused while anyone still reports to them on or after that day. */
    public Person leave(String personId, LocalDate on, CurrentUser user) {
        return locks.holding(orgLock(user.divisionId()), () -> {
            Person person = person(personId, user);
            List<String> reporting = people.inDivision(user.divisionId()).stream()
                    .filter(other -> other.lines().stream().anyMatch(line -> personId.equals(line.superiorId())
                            && (line.effectiveTo() == null || line.effectiveTo().isAfter(on))))
                    .map(Person::id).toList();
            if (!reporting.isEmpty()) {
                throw new RuleViolationException("has-subordinates", personId + " still has people reporting to them: " + reporting,
                        personId, String.join(", ", reporting));
            }
            person.leave(on, user.personId(), clock.instant());
            return people.save(person);
        });
    }

    public Person person(String personId, CurrentUser user) {
        return people.find(user.divisionId(), personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    public List<Person> people(CurrentUser user) {
        return people.inDivision(user.divisionId());
    }

    public Hierarchy hierarchy(String divisionId) {
        return Hierarchy.of(people.inDivision(divisionId));
    }

    /** Whether the person exists in the division and holds the role on the date. */
    public boolean holdsRole(String divisionId, String personId, SalesRole role, LocalDate date) {
        return people.find(divisionId, personId).flatMap(person -> person.lineOn(date))
                .map(line -> line.hasRole(role)).orElse(false);
    }

    /** The codes of the division's regions (active or not): the region criterion of territory rules. */
    public Set<String> regionCodes(String divisionId) {
        Set<String> codes = new HashSet<>();
        units.inDivision(divisionId).stream().filter(unit -> unit.kind() == UnitKind.REGION).forEach(unit -> codes.add(unit.code()));
        return codes;
    }

    public OrgUnit createUnit(UnitCommand command, CurrentUser user) {
        String division = user.divisionId();
        if (command.kind() == UnitKind.DIVISION && units.inDivision(division).stream().anyMatch(u -> u.kind() == UnitKind.DIVISION)) {
            throw new ConflictException("division-unit-exists", "the division unit of " + division + " exists already", division);
        }
        LocalDate validFrom = command.validFrom() == null ? LocalDate.now(clock) : command.validFrom();
        String id = "unit-" + UUID.randomUUID();
        OrgUnit unit = OrgUnit.create(id, division, command.kind(), shape(division, id, command, validFrom), validFrom,
                user.personId(), clock.instant());
        return units.save(unit);
    }

    public OrgUnit reviseUnit(String unitId, UnitCommand command, CurrentUser user) {
        return locks.holding(orgLock(user.divisionId()), () -> {
            OrgUnit unit = unit(unitId, user);
            unit.revise(shape(user.divisionId(), unitId, command, LocalDate.now(clock)), user.personId(), clock.instant());
            return units.save(unit);
        });
    }

    public OrgUnit dissolveUnit(String unitId, LocalDate on, CurrentUser user) {
        OrgUnit unit = unit(unitId, user);
        unit.dissolve(on, user.personId(), clock.instant());
        return units.save(unit);
    }

    public OrgUnit unit(String unitId, CurrentUser user) {
        return units.find(user.divisionId(), unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    public List<OrgUnit> units(CurrentUser user) {
        return units.inDivision(user.divisionId());
    }

    private OrgUnit.Shape shape(String division, String unitId, UnitCommand command, LocalDate on) {
        UnitKind parentKind = null;
        if (command.parentId() != null) {
            Map<String, OrgUnit> all = new HashMap<>();
            units.inDivision(division).forEach(unit -> all.put(unit.id(), unit));
            OrgUnit parent = all.get(command.parentId());
            if (parent == null) {
                throw new RuleViolationException("unknown-unit", "no unit " + command.parentId(), command.parentId());
            }
            parentKind = parent.kind();
            Set<String> seen = new HashSet<>();
            for (OrgUnit up = parent; up != null && seen.add(up.id()); up = up.parentId() == null ? null : all.get(up.parentId())) {
                if (up.id().equals(unitId)) {
                    throw new ConflictException("unit-cycle", unitId + " cannot sit under " + command.parentId(), unitId,
                            command.parentId());
                }
            }
        }
        List<SalesRole> leaderRoles = List.of();
        if (command.leaderId() != null) {
            leaderRoles = requirePerson(division, command.leaderId(), on).roles();
        }
        for (String member : command.memberIds() == null ? List.<String>of() : command.memberIds()) {
            requirePerson(division, member, on);
        }
        return new OrgUnit.Shape(command.name(), command.code(), command.parentId(), parentKind, command.leaderId(),
                leaderRoles, command.memberIds(), command.customerIds());
    }

    private static String orgLock(String division) {
        return "organisation of " + division;
    }

    private ReportingLine requirePerson(String division, String personId, LocalDate on) {
        return people.find(division, personId).flatMap(person -> person.lineOn(on))
                .orElseThrow(() -> new RuleViolationException("unknown-person", "no person " + personId + " on " + on,
                        personId, on.toString()));
    }

    private void requireReferences(String division, ReportingLine line) {
        if (line.superiorId() != null) {
            requirePerson(division, line.superiorId(), line.effectiveFrom());
        }
        if (line.unitId() != null && units.find(division, line.unitId()).isEmpty()) {
            throw new RuleViolationException("unknown-unit", "no unit " + line.unitId(), line.unitId());
        }
    }
}
