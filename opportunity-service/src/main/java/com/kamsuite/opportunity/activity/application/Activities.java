package com.kamsuite.opportunity.activity.application;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.activity.domain.ActionItem;
import com.kamsuite.opportunity.activity.domain.Activity;
import com.kamsuite.opportunity.activity.domain.ActivityType;
import com.kamsuite.opportunity.activity.persistence.ActivityRepository;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import com.kamsuite.opportunity.opportunity.application.Opportunities;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Activities and action plans (O7). Against an opportunity, only its sales team records them (the customer is the
 * opportunity's); against an account alone, any seller of the division, for a customer this service knows.
 */
@Service
public class Activities {

    private final ActivityRepository repository;
    private final Opportunities opportunities;
    private final CustomerReferences customers;
    private final Clock clock;

    public Activities(ActivityRepository repository, Opportunities opportunities, CustomerReferences customers, Clock clock) {
        this.repository = repository;
        this.opportunities = opportunities;
        this.customers = customers;
        this.clock = clock;
    }

    /** What an activity or action concerns: an opportunity of the division, or else a customer. */
    public record Subject(String opportunityId, String customerId) {
    }

    public record PlanActivity(Subject subject, ActivityType type, String title, Instant scheduledAt, Integer durationMinutes,
                               String location, List<String> participants, String notes) {
    }

    public Activity plan(PlanActivity command, CurrentUser user) {
        String customerId = customerOf(command.subject(), user);
        return repository.save(Activity.plan("act-" + UUID.randomUUID(), user.divisionId(), command.subject().opportunityId(),
                customerId, command.type(), command.title(), command.scheduledAt(), command.durationMinutes(),
                command.location(), command.participants(), command.notes(), user.personId(), clock.instant()));
    }

    public Activity complete(String id, String outcome, CurrentUser user) {
        Activity activity = activity(id, user);
        requireMayWork(activity.opportunityId(), user);
        activity.complete(outcome, user.personId(), clock.instant());
        return repository.save(activity);
    }

    public Activity cancel(String id, String reason, CurrentUser user) {
        Activity activity = activity(id, user);
        requireMayWork(activity.opportunityId(), user);
        activity.cancel(reason, user.personId(), clock.instant());
        return repository.save(activity);
    }

    public Activity activity(String id, CurrentUser user) {
        return repository.findInDivision(Activity.class, id, user.divisionId())
                .orElseThrow(() -> new NotFoundException("activity", id));
    }

    public List<Activity> schedule(String opportunityId, String customerId, Instant from, Instant to, CurrentUser user) {
        return repository.activities(user.divisionId(), opportunityId, customerId, from, to);
    }

    public ActionItem planAction(Subject subject, String description, String assigneeId, LocalDate dueDate, CurrentUser user) {
        String customerId = customerOf(subject, user);
        return repository.save(ActionItem.plan("act-item-" + UUID.randomUUID(), user.divisionId(), subject.opportunityId(),
                customerId, description, assigneeId, dueDate, user.personId(), clock.instant()));
    }

    /** The assignee or whoever planned the action closes it: done, or dropped. */
    public ActionItem closeAction(String id, boolean done, String note, CurrentUser user) {
        ActionItem item = repository.findInDivision(ActionItem.class, id, user.divisionId())
                .orElseThrow(() -> new NotFoundException("action", id));
        if (!user.personId().equals(item.assigneeId()) && !user.personId().equals(item.createdBy())) {
            throw new ForbiddenException("not-assignee", user.personId() + " neither owns nor planned action " + id, id);
        }
        if (done) {
            item.complete(note, user.personId(), clock.instant());
        } else {
            item.drop(note, user.personId(), clock.instant());
        }
        return repository.save(item);
    }

    public List<ActionItem> actions(String opportunityId, String customerId, String assigneeId, boolean openOnly, CurrentUser user) {
        return repository.actionItems(user.divisionId(), opportunityId, customerId, assigneeId, openOnly);
    }

    /** My worklist: my open action items due within {@code days} from today, overdue ones included. */
    public ActivityRepository.Page<ActionItem> dueWithin(int days, int page, int size, CurrentUser user) {
        return repository.openDueBy(user.divisionId(), user.personId(), today().plusDays(days), page, size);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private String customerOf(Subject subject, CurrentUser user) {
        if (subject.opportunityId() != null) {
            Opportunity opportunity = opportunities.get(subject.opportunityId(), user);
            opportunity.requireTeamMember(user.personId());
            return opportunity.customerId();
        }
        if (subject.customerId() == null) {
            throw new IllegalArgumentException("name an opportunityId or a customerId");
        }
        return customers.resolve(subject.customerId()).orElseThrow(() -> new RuleViolationException("unknown-customer",
                "customer " + subject.customerId() + " is not known", subject.customerId())).customerId();
    }

    private void requireMayWork(String opportunityId, CurrentUser user) {
        if (opportunityId != null) {
            opportunities.get(opportunityId, user).requireTeamMember(user.personId());
        }
    }
}
