package com.kamsuite.opportunity.activity.domain;

import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A key interaction with a customer (O7): a meeting, call, workshop, sample, proposal… planned for a time (the meeting
 * schedule) and then held, with its outcome, or cancelled. Recorded against an opportunity (and so its customer) or
 * against an account alone.
 */
public class Activity extends AggregateRoot {

    public enum Status { PLANNED, DONE, CANCELLED }

    private String id;
    private String divisionId;
    private String opportunityId;
    private String customerId;
    private ActivityType type;
    private String subject;
    private Instant scheduledAt;
    private Integer durationMinutes;
    private String location;
    private List<String> participants = new ArrayList<>();
    private String notes;
    private Status status;
    private String recordedBy;
    private Instant recordedAt;
    private Closure closure;

    private Activity() {
    }

    public static Activity plan(String id, String divisionId, String opportunityId, String customerId, ActivityType type,
                                String subject, Instant scheduledAt, Integer durationMinutes, String location,
                                List<String> participants, String notes, String by, Instant now) {
        if (customerId == null) {
            throw new IllegalArgumentException("an activity concerns an opportunity or an account");
        }
        if (type == null || subject == null || subject.isBlank() || scheduledAt == null) {
            throw new IllegalArgumentException("an activity needs a type, a subject and a time");
        }
        if (durationMinutes != null && durationMinutes <= 0) {
            throw new IllegalArgumentException("a duration is more than zero minutes");
        }
        Activity activity = new Activity();
        activity.id = id;
        activity.divisionId = divisionId;
        activity.opportunityId = opportunityId;
        activity.customerId = customerId;
        activity.type = type;
        activity.subject = subject.strip();
        activity.scheduledAt = scheduledAt;
        activity.durationMinutes = durationMinutes;
        activity.location = location;
        activity.participants = new ArrayList<>(participants == null ? List.of() : participants);
        activity.notes = notes;
        activity.status = Status.PLANNED;
        activity.recordedBy = by;
        activity.recordedAt = now;
        return activity;
    }

    /** The activity took place; its outcome is recorded. */
    public void complete(String outcomeText, String by, Instant now) {
        close(Status.DONE, outcomeText, by, now);
    }

    /** The activity will not take place. */
    public void cancel(String reason, String by, Instant now) {
        close(Status.CANCELLED, reason, by, now);
    }

    private void close(Status to, String text, String by, Instant now) {
        if (status != Status.PLANNED) {
            throw new ConflictException("activity-not-planned", "activity " + id + " is already " + status, id, status.name());
        }
        status = to;
        closure = Closure.of(text, by, now);
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

    public ActivityType type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public String location() {
        return location;
    }

    public List<String> participants() {
        return List.copyOf(participants);
    }

    public String notes() {
        return notes;
    }

    public Status status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** How it ended (outcome when done, reason when cancelled); null while planned. */
    public Closure closure() {
        return closure;
    }
}
