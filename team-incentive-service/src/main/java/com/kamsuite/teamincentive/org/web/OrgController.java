package com.kamsuite.teamincentive.org.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.org.application.Organisation;
import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.org.domain.Person;
import com.kamsuite.teamincentive.org.domain.SalesRole;
import com.kamsuite.teamincentive.org.domain.UnitKind;
import com.kamsuite.teamincentive.org.web.OrgViews.ChartNode;
import com.kamsuite.teamincentive.org.web.OrgViews.PersonView;
import com.kamsuite.teamincentive.org.web.OrgViews.UnitView;
import com.kamsuite.teamincentive.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/org")
@Tag(name = "Organisation", description = "T1: people, effective-dated reporting lines, units and key-account organisation forms")
class OrgController {

    private final Organisation organisation;
    private final Clock clock;

    OrgController(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    @Schema(name = "RegisterPersonRequest")
    record RegisterPersonRequest(
            @Schema(example = "liu.yang", description = "The person id is their login") @NotBlank @Size(max = 64) String personId,
            @Schema(example = "刘洋") @NotBlank @Size(max = 120) String name,
            @Schema(example = "zhang.wei", description = "Null for the head of the division") @Size(max = 64) String superiorId,
            @Schema(example = "unit-3f1c…") @Size(max = 64) String unitId,
            @Schema(example = "[\"ACCOUNT_MANAGER\"]") @NotEmpty List<SalesRole> roles,
            @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom) {
    }

    @Schema(name = "ChangeReportingLineRequest", description = "The person's line from effectiveFrom on; earlier dates keep their lines")
    record ChangeLineRequest(
            @Schema(example = "li.na") @Size(max = 64) String superiorId,
            @Schema(example = "unit-3f1c…") @Size(max = 64) String unitId,
            @Schema(example = "[\"SALES_MANAGER\"]") @NotEmpty List<SalesRole> roles,
            @Schema(example = "2027-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "Promoted to sales manager of East China") @Size(max = 500) String reason) {
    }

    @Schema(name = "DepartureRequest")
    record DepartureRequest(@Schema(example = "2027-03-31") @NotNull LocalDate leftOn) {
    }

    @Schema(name = "UnitRequest")
    record UnitRequest(
            @Schema(example = "REGION") @NotNull UnitKind kind,
            @Schema(example = "华东大区 East China") @NotBlank @Size(max = 120) String name,
            @Schema(example = "EAST", description = "Region code the territory rules use (regions only)") @Size(max = 60) String code,
            @Schema(example = "unit-9a0d…") @Size(max = 64) String parentId,
            @Schema(example = "li.na") @Size(max = 64) String leaderId,
            @Schema(example = "[\"liu.yang\",\"chen.jing\",\"zhang.wei\"]") @Size(max = 500) List<@NotBlank String> memberIds,
            @Schema(example = "[\"cust-5b2e…\"]") @Size(max = 500) List<@NotBlank String> customerIds,
            @Schema(example = "2026-01-01") LocalDate validFrom) {

        Organisation.UnitCommand command() {
            return new Organisation.UnitCommand(kind, name, code, parentId, leaderId, memberIds, customerIds, validFrom);
        }
    }

    @Schema(name = "DissolutionRequest")
    record DissolutionRequest(@Schema(example = "2027-06-30") @NotNull LocalDate on) {
    }

    @PostMapping("/people")
    @PreAuthorize(Access.ORG_EDITORS)
    @Operation(summary = "Register a person with their first reporting line")
    @ApiResponse(responseCode = "201", description = "Registered; announced as kam.org.reporting-line-changed.v1")
    @ApiResponse(responseCode = "409", description = "The person exists already")
    @ApiResponse(responseCode = "422", description = "Unknown superior or unit")
    ResponseEntity<PersonView> register(@Valid @RequestBody RegisterPersonRequest request, CurrentUser user) {
        Person person = organisation.register(new Organisation.RegisterPerson(request.personId(), request.name(),
                request.superiorId(), request.unitId(), request.roles(), request.effectiveFrom()), user);
        return ResponseEntity.created(URI.create("/api/org/people/" + person.id()))
                .body(view(person, user, request.effectiveFrom()));
    }

    @GetMapping("/people")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The people of the division as of a date (default today)")
    List<PersonView> people(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            CurrentUser user) {
        LocalDate asOf = dateOrToday(date);
        Hierarchy hierarchy = organisation.hierarchy(user.divisionId());
        return organisation.people(user).stream().map(person -> PersonView.of(person, hierarchy, asOf)).toList();
    }

    @GetMapping("/people/{personId}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A person as of a date: their superior, the chain above them, their roles and whole history")
    PersonView person(@PathVariable String personId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      CurrentUser user) {
        return view(organisation.person(personId, user), user, dateOrToday(date));
    }

    @PostMapping("/people/{personId}/reporting-lines")
    @PreAuthorize(Access.ORG_EDITORS)
    @Operation(summary = "Change a person's superior, unit or roles from a date on (effective-dated; the past is kept)")
    @ApiResponse(responseCode = "200", description = "Changed; announced as kam.org.reporting-line-changed.v1")
    @ApiResponse(responseCode = "409", description = "The change would make someone their own superior (reporting-cycle)")
    @ApiResponse(responseCode = "422", description = "Unknown superior or unit, a date before joining or after leaving")
    PersonView changeLine(@PathVariable String personId, @Valid @RequestBody ChangeLineRequest request, CurrentUser user) {
        Person person = organisation.changeLine(personId, new Organisation.ChangeLine(request.superiorId(), request.unitId(),
                request.roles(), request.effectiveFrom(), request.reason()), user);
        return view(person, user, request.effectiveFrom());
    }

    @PostMapping("/people/{personId}/departure")
    @PreAuthorize(Access.ORG_EDITORS)
    @Operation(summary = "A person leaves the organisation (refused while people still report to them)")
    PersonView leave(@PathVariable String personId, @Valid @RequestBody DepartureRequest request, CurrentUser user) {
        return view(organisation.leave(personId, request.leftOn(), user), user, request.leftOn().minusDays(1));
    }

    @GetMapping("/chart")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The organisation chart of the division on a date (default today)")
    List<ChartNode> chart(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          CurrentUser user) {
        LocalDate asOf = dateOrToday(date);
        List<Person> active = organisation.people(user).stream().filter(p -> p.lineOn(asOf).isPresent()).toList();
        Map<String, List<Person>> bySuperior = active.stream().filter(p -> p.lineOn(asOf).orElseThrow().superiorId() != null)
                .collect(Collectors.groupingBy(p -> p.lineOn(asOf).orElseThrow().superiorId()));
        List<ChartNode> roots = new ArrayList<>();
        active.stream().filter(p -> p.lineOn(asOf).orElseThrow().superiorId() == null)
                .sorted(Comparator.comparing(Person::id))
                .forEach(root -> roots.add(node(root, bySuperior, asOf)));
        return roots;
    }

    @PostMapping("/units")
    @PreAuthorize(Access.ORG_EDITORS)
    @Operation(summary = "Create a unit: the division, a region, a team or a key-account organisation form")
    @ApiResponse(responseCode = "201", description = "Created; announced as kam.org.unit-changed.v1")
    @ApiResponse(responseCode = "409", description = "A second division unit, or a parent that makes a cycle")
    @ApiResponse(responseCode = "422", description = "The rules of the form: e.g. a permanent group has 3–5 people, a temporary group is led by an executive")
    ResponseEntity<UnitView> createUnit(@Valid @RequestBody UnitRequest request, CurrentUser user) {
        var unit = organisation.createUnit(request.command(), user);
        return ResponseEntity.created(URI.create("/api/org/units/" + unit.id())).body(UnitView.of(unit));
    }

    @GetMapping("/units")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The units of the division")
    List<UnitView> units(CurrentUser user) {
        return organisation.units(user).stream().map(UnitView::of).toList();
    }

    @GetMapping("/units/{unitId}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A unit")
    UnitView unit(@PathVariable String unitId, CurrentUser user) {
        return UnitView.of(organisation.unit(unitId, user));
    }

    @PutMapping("/units/{unitId}")
    @PreAuthorize(Access.ORG_EDITORS)
    @Operation(summary = "Revise a unit (name, parent, leader, members, accounts served); its kind stays")
    UnitView reviseUnit(@PathVariable String unitId, @Valid @RequestBody UnitRequest request, CurrentUser user) {
        return UnitView.of(organisation.reviseUnit(unitId, request.command(), user));
    }

    @PostMapping("/units/{unitId}/dissolution")
    @PreAuthorize(Access.ORG_EDITORS)
    @Operation(summary = "Dissolve a unit (e.g. a temporary group once its deal is closed)")
    UnitView dissolveUnit(@PathVariable String unitId, @Valid @RequestBody DissolutionRequest request, CurrentUser user) {
        return UnitView.of(organisation.dissolveUnit(unitId, request.on(), user));
    }

    private ChartNode node(Person person, Map<String, List<Person>> bySuperior, LocalDate asOf) {
        var line = person.lineOn(asOf).orElseThrow();
        List<ChartNode> reports = bySuperior.getOrDefault(person.id(), List.of()).stream()
                .sorted(Comparator.comparing(Person::id)).map(p -> node(p, bySuperior, asOf)).toList();
        return new ChartNode(person.id(), person.name(), line.roles(), line.unitId(), reports);
    }

    private PersonView view(Person person, CurrentUser user, LocalDate asOf) {
        return PersonView.of(person, organisation.hierarchy(user.divisionId()), asOf);
    }

    private LocalDate dateOrToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
