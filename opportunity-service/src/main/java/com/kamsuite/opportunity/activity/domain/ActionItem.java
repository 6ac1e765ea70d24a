package com.kamsuite.opportunity.activity.domain;

import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an action plan (O7): what is to be done, by whom, by when, for an opportunity or an account. It is
 * overdue while open after its due date.
 */
public class ActionItem extends AggregateRoot {

    public enum Status { OPEN, DONE, DROPPED }

    private String id;
    private String divisionId;
    private String opportunityId;
    private String customerId;
    private String description;
    private String assigneeId;
    private LocalDate dueDate;
    private Status status;
    private String createdBy;
    private Instant createdAt;
    private Closure closure;

    private ActionItem() {
    }

    public static ActionItem plan(String id, String divisionId, String opportunityId, String customerId, String description,
                                  String assigneeId, LocalDate dueDate, String by, Instant now) {
        if (customerId == null) {
            throw new IllegalArgumentException("an action concerns an opportunity or an account");
        }
        if (description == null || description.isBlank() || assigneeId == null || assigneeId.isBlank() || dueDate == null) {
            throw new IllegalArgumentException("an action needs a description, an assignee and a due date");
        }
        ActionItem item = new ActionItem();
        item.id = id;
        item.divisionId = divisionId;
        item.opportunityId = opportunityId;
        item.customerId = customerId;
        item.description = description.strip();
        item.assigneeId = assigneeId;
        item.dueDate = dueDate;
        item.status = Status.OPEN;
        item.createdBy = by;
        item.createdAt = now;
        return item;
    }

    public void complete(String closingNote, String by, Instant now) {
        close(Status.DONE, closingNote, by, now);
    }

    public void drop(String reason, String by, Instant now) {
        close(Status.DROPPED, reason, by, now);
    }

    private void close(Status to, String text, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new ConflictException("action-not-open", "action " + id + " is already " + status, id, status.name());
        }
        status = to;
        closure = Closure.of(text, by, now);
    }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueDate);
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String opportunityId() {
        return opportunityId;
    }

    public String customerId() {
        return customerId;
    }

    public String description() {
        return description;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** How it ended (a note when done, a reason when dropped); null while open. */
    public Closure closure() {
        return closure;
    }
}
