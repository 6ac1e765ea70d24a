package com.kamsuite.opportunity.activity.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.activity.application.Activities;
import com.kamsuite.opportunity.activity.application.Activities.PlanActivity;
import com.kamsuite.opportunity.activity.application.Activities.Subject;
import com.kamsuite.opportunity.activity.domain.ActionItem;
import com.kamsuite.opportunity.activity.domain.Activity;
import com.kamsuite.opportunity.activity.domain.Closure;
import com.kamsuite.opportunity.activity.domain.ActivityType;
import com.kamsuite.opportunity.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Activities", description = "Key interactions, the meeting schedule and action plans (O7)")
class ActivityController {

    private final Activities activities;

    ActivityController(Activities activities) {
        this.activities = activities;
    }

    @Schema(name = "ActivityRequest", description = "against an opportunity (opportunityId) or an account alone (customerId)")
    record ActivityRequest(
            @Schema(example = "opp-5c1e…") @Size(max = 64) String opportunityId,
            @Schema(example = "cust-8d1f…") @Size(max = 64) String customerId,
            @Schema(example = "WORKSHOP") @NotNull ActivityType type,
            @Schema(example = "Technical workshop with the design institute") @NotBlank @Size(max = 200) String subject,
            @Schema(example = "2027-01-12T02:00:00Z") @NotNull Instant scheduledAt,
            @Schema(example = "120") @Positive @Max(10_080) Integer durationMinutes,
            @Schema(example = "Customer HQ, Shanghai") @Size(max = 200) String location,
            @Schema(example = "[\"liu.yang\", \"陈总\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> participants,
            @Schema(example = "bring the 1250 A sample") @Size(max = 4000) String notes) {
    }

    @Schema(name = "ClosingRequest")
    record ClosingRequest(@Schema(example = "customer agreed to a second round") @Size(max = 4000) String text) {
    }

    @Schema(name = "ActionItemRequest")
    record ActionItemRequest(
            @Schema(example = "opp-5c1e…") @Size(max = 64) String opportunityId,
            @Schema(example = "cust-8d1f…") @Size(max = 64) String customerId,
            @Schema(example = "Send the revised single-line diagram") @NotBlank @Size(max = 2000) String description,
            @Schema(example = "chen.jing") @NotBlank @Size(max = 64) String assigneeId,
            @Schema(example = "2027-01-20") @NotNull LocalDate dueDate) {
    }

    @Schema(name = "Activity")
    record ActivityView(String id, String opportunityId, String customerId, ActivityType type, String subject,
                        Instant scheduledAt, Integer durationMinutes, String location, List<String> participants,
                        String notes, String status, String recordedBy, Instant recordedAt, Closure closure) {

        static ActivityView of(Activity a) {
            return new ActivityView(a.id(), a.opportunityId(), a.customerId(), a.type(), a.subject(), a.scheduledAt(),
                    a.durationMinutes(), a.location(), a.participants(), a.notes(), a.status().name(), a.recordedBy(),
                    a.recordedAt(), a.closure());
        }
    }

    @Schema(name = "ActionItem")
    record ActionItemView(String id, String opportunityId, String customerId, String description, String assigneeId,
                          LocalDate dueDate, String status, boolean overdue, String createdBy, Closure closure) {

        static ActionItemView of(ActionItem i, LocalDate today) {
            return new ActionItemView(i.id(), i.opportunityId(), i.customerId(), i.description(), i.assigneeId(), i.dueDate(),
                    i.status().name(), i.overdueOn(today), i.createdBy(), i.closure());
        }
    }

    @PostMapping("/activities")
    @PreAuthorize(Access.SELLERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan or record an activity against an opportunity (its sales team only) or an account")
    @ApiResponse(responseCode = "403", description = "Not on the opportunity's sales team")
    @ApiResponse(responseCode = "404", description = "No such opportunity in your division")
    @ApiResponse(responseCode = "422", description = "Unknown customer")
    ActivityView plan(@Valid @RequestBody ActivityRequest request, CurrentUser user) {
        return ActivityView.of(activities.plan(new PlanActivity(new Subject(request.opportunityId(), request.customerId()),
                request.type(), request.subject(), request.scheduledAt(), request.durationMinutes(), request.location(),
                request.participants(), request.notes()), user));
    }

    @GetMapping("/activities")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "The meeting schedule: activities in [from, to), by time, optionally of one opportunity or customer")
    List<ActivityView> schedule(@RequestParam(required = false) String opportunityId, @RequestParam(required = false) String customerId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                CurrentUser user) {
        return activities.schedule(opportunityId, customerId, from, to, user).stream().map(ActivityView::of).toList();
    }

    @GetMapping("/activities/{activityId}")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Read an activity of your division")
    ActivityView activity(@PathVariable String activityId, CurrentUser user) {
        return ActivityView.of(activities.activity(activityId, user));
    }

    @PostMapping("/activities/{activityId}/completion")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The activity took place: record its outcome")
    @ApiResponse(responseCode = "409", description = "Already done or cancelled (type .../activity-not-planned)")
    ActivityView complete(@PathVariable String activityId, @Valid @RequestBody ClosingRequest request, CurrentUser user) {
        return ActivityView.of(activities.complete(activityId, request.text(), user));
    }

    @PostMapping("/activities/{activityId}/cancellation")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The activity will not take place")
    @ApiResponse(responseCode = "409", description = "Already done or cancelled (type .../activity-not-planned)")
    ActivityView cancel(@PathVariable String activityId, @Valid @RequestBody ClosingRequest request, CurrentUser user) {
        return ActivityView.of(activities.cancel(activityId, request.text(), user));
    }

    @PostMapping("/action-items")
    @PreAuthorize(Access.SELLERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a step to the action plan of an opportunity (its sales team only) or an account")
    ActionItemView planAction(@Valid @RequestBody ActionItemRequest request, CurrentUser user) {
        return ActionItemView.of(activities.planAction(new Subject(request.opportunityId(), request.customerId()),
                request.description(), request.assigneeId(), request.dueDate(), user), activities.today());
    }

    @GetMapping("/action-items")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Action items by due date, optionally of one opportunity, customer or assignee, optionally open ones only")
    List<ActionItemView> actions(@RequestParam(required = false) String opportunityId, @RequestParam(required = false) String customerId,
                                 @RequestParam(required = false) String assigneeId,
                                 @RequestParam(defaultValue = "false") boolean openOnly, CurrentUser user) {
        LocalDate today = activities.today();
        return activities.actions(opportunityId, customerId, assigneeId, openOnly, user).stream()
                .map(item -> ActionItemView.of(item, today)).toList();
    }

    @PostMapping("/action-items/{itemId}/completion")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The assignee (or who planned it) marks the action done")
    @ApiResponse(responseCode = "403", description = "Neither the assignee nor who planned it (type .../not-assignee)")
    @ApiResponse(responseCode = "409", description = "Already closed (type .../action-not-open)")
    ActionItemView completeAction(@PathVariable String itemId, @Valid @RequestBody ClosingRequest request, CurrentUser user) {
        return ActionItemView.of(activities.closeAction(itemId, true, request.text(), user), activities.today());
    }

    @PostMapping("/action-items/{itemId}/dropping")
    @PreAuthorize(Access.SELLERS)
    @Operation(summary = "The assignee (or who planned it) drops the action")
    ActionItemView dropAction(@PathVariable String itemId, @Valid @RequestBody ClosingRequest request, CurrentUser user) {
        return ActionItemView.of(activities.closeAction(itemId, false, request.text(), user), activities.today());
    }
}
