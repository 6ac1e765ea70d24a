package com.kamsuite.teamincentive.org.web;

import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.org.domain.OrgUnit;
import com.kamsuite.teamincentive.org.domain.Person;
import com.kamsuite.teamincentive.org.domain.ReportingLine;
import com.kamsuite.teamincentive.org.domain.SalesRole;
import com.kamsuite.teamincentive.org.domain.UnitKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the org endpoints answer: views built from the aggregates, never the stored documents. */
final class OrgViews {

    private OrgViews() {
    }

    @Schema(name = "ReportingLine")
    record LineView(String superiorId, String unitId, List<SalesRole> roles, LocalDate effectiveFrom, LocalDate effectiveTo) {

        static LineView of(ReportingLine line) {
            return new LineView(line.superiorId(), line.unitId(), line.roles(), line.effectiveFrom(), line.effectiveTo());
        }
    }

    @Schema(name = "Change")
    record ChangeView(Instant at, String by, String what, LocalDate effectiveFrom, String reason) {

        static ChangeView of(Person.Change change) {
            return new ChangeView(change.at(), change.by(), change.what(), change.effectiveFrom(), change.reason());
        }
    }

    @Schema(name = "Person", description = "A person as of `asOf`: their line then, the chain of superiors then, and their whole history")
    record PersonView(String id, String name, String divisionId, LocalDate asOf, String superiorId, String unitId,
                      List<SalesRole> roles, List<String> chain, LocalDate joinedOn, LocalDate leftOn,
                      List<LineView> lines, List<ChangeView> changes) {

        static PersonView of(Person person, Hierarchy hierarchy, LocalDate asOf) {
            var line = person.lineOn(asOf);
            return new PersonView(person.id(), person.name(), person.divisionId(), asOf,
                    line.map(ReportingLine::superiorId).orElse(null), line.map(ReportingLine::unitId).orElse(null),
                    line.map(ReportingLine::roles).orElse(List.of()), hierarchy.chainOn(person.id(), asOf),
                    person.joinedOn(), person.leftOn(), person.lines().stream().map(LineView::of).toList(),
                    person.changes().stream().map(ChangeView::of).toList());
        }
    }

    @Schema(name = "ChartNode", description = "One person of the organisation chart on a date, with the people reporting to them")
    record ChartNode(String personId, String name, List<SalesRole> roles, String unitId, List<ChartNode> reports) {
    }

    @Schema(name = "OrgUnit")
    record UnitView(String id, UnitKind kind, String name, String code, String parentId, String leaderId,
                    List<String> memberIds, List<String> customerIds, LocalDate validFrom, LocalDate validTo,
                    List<ChangeView> changes) {

        static UnitView of(OrgUnit unit) {
            return new UnitView(unit.id(), unit.kind(), unit.name(), unit.code(), unit.parentId(), unit.leaderId(),
                    unit.memberIds(), unit.customerIds(), unit.validFrom(), unit.validTo(),
                    unit.changes().stream().map(ChangeView::of).toList());
        }
    }
}
