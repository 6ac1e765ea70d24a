package com.kamsuite.opportunity.activity.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.activity.application.Activities;
import com.kamsuite.opportunity.activity.domain.ActionItem;
import com.kamsuite.opportunity.activity.persistence.ActivityRepository;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import com.kamsuite.opportunity.pipeline.domain.PipelineEntry;
import com.kamsuite.opportunity.pipeline.persistence.PipelineReads;
import com.kamsuite.opportunity.shared.web.Access;
import com.kamsuite.opportunity.shared.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/opportunities/action-items/due")
@Tag(name = "Activities")
class WorklistController {

    private final Activities activities;
    private final PipelineReads opportunities;
    private final CustomerReferences customers;

    WorklistController(Activities activities, PipelineReads opportunities, CustomerReferences customers) {
        this.activities = activities;
        this.opportunities = opportunities;
        this.customers = customers;
    }

    @Schema(name = "DueActionItem", description = "an open action item of yours with the names of what it is about")
    record DueItem(String id, String description, LocalDate dueDate, boolean overdue, String opportunityId,
                   String opportunityName, String customerId, String customerName) {
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Your open action items due within the next days (overdue ones first), paged, with opportunity and customer names")
    @ApiResponse(responseCode = "400", description = "An invalid page or horizon (type .../validation, field named)")
    PageView<DueItem> due(@Parameter(description = "days from today, 0 to 90 (default 7)") @RequestParam(defaultValue = "7") @Min(0) @Max(90) int withinDays,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @Parameter(description = PageView.SIZE_DOC) @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                          CurrentUser user) {
        ActivityRepository.Page<ActionItem> due = activities.dueWithin(withinDays, page, size, user);
        LocalDate today = activities.today();
        Set<String> opportunityIds = due.items().stream().map(ActionItem::opportunityId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, PipelineEntry> byId = opportunityIds.isEmpty() ? Map.of() : opportunities.find(user.divisionId(),
                        new PipelineReads.Criteria(opportunityIds, null, null, null, null, null)).stream()
                .collect(Collectors.toMap(PipelineEntry::id, Function.identity()));
        Map<String, String> customerNames = customers.namesOf(due.items().stream().map(ActionItem::customerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return new PageView<>(due.items().stream().map(item -> new DueItem(item.id(), item.description(), item.dueDate(),
                item.overdueOn(today), item.opportunityId(),
                byId.containsKey(item.opportunityId()) ? byId.get(item.opportunityId()).name() : null,
                item.customerId(), customerNames.get(item.customerId()))).toList(),
                page, size, due.total(), (int) ((due.total() + size - 1) / size));
    }
}
