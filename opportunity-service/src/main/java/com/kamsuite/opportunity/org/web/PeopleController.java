package com.kamsuite.opportunity.org.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.org.domain.OrgPerson;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import com.kamsuite.opportunity.org.persistence.ReportingLines.NamedPerson;
import com.kamsuite.opportunity.shared.web.Access;
import com.kamsuite.opportunity.shared.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/opportunities/people")
@Tag(name = "People", description = "The division's sales organisation as opportunity-service knows it (replica of kam.org.v1): names, roles, superiors")
class PeopleController {

    private final ReportingLines reportingLines;
    private final Clock clock;

    PeopleController(ReportingLines reportingLines, Clock clock) {
        this.reportingLines = reportingLines;
        this.clock = clock;
    }

    @Schema(name = "Person", description = "roles and superior of the reporting line in effect today")
    record PersonView(@Schema(example = "liu.yang") String personId, @Schema(example = "刘洋") String name,
                      @Schema(example = "[\"ACCOUNT_MANAGER\"]") List<String> roles,
                      @Schema(example = "zhang.wei") String superiorId, boolean active, LocalDate leftOn) {

        static PersonView of(NamedPerson named, LocalDate today) {
            OrgPerson person = named.person();
            return new PersonView(person.personId(), named.name(), person.rolesOn(today).orElse(List.of()),
                    person.superiorOn(today).orElse(null), person.activeOn(today), person.leftOn());
        }
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "People of your division by name, paged; a batch read by ids, or the direct reports of one superior")
    @ApiResponse(responseCode = "400", description = "An invalid page or too many ids (type .../validation, field named)")
    PageView<PersonView> people(
            @Parameter(description = "these people only (at most 100)")
            @RequestParam(required = false) @Size(max = PageView.MAX_SIZE) List<@Size(max = 64) String> ids,
            @Parameter(description = "only those who report to this person today")
            @RequestParam(required = false) @Size(max = 64) String superiorId,
            @Parameter(description = "only those in the organisation today") @RequestParam(defaultValue = "false") boolean activeOnly,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(description = PageView.SIZE_DOC) @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
            CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<PersonView> people = reportingLines.people(user.divisionId(), ids, blankToNull(superiorId)).stream()
                .map(named -> PersonView.of(named, today))
                .filter(person -> !activeOnly || person.active())
                .filter(person -> superiorId == null || superiorId.equals(person.superiorId()))
                .toList();
        return PageView.of(people, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
