package com.kamsuite.customer.loyalty.domain;

import com.kamsuite.customer.common.domain.ArchiveRoot;
import com.kamsuite.customer.common.domain.LocalIds;
import com.kamsuite.events.customer.CustomerSatisfactionRecorded;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The loyalty of a division's relationship with a customer (C7): satisfaction surveys, complaints and the customer's
 * category budgets, with their history. Its id is the account's. A survey is announced (appraisals weigh it, T5).
 */
public class AccountLoyalty extends ArchiveRoot {

    private List<CategoryBudget> budgets = new ArrayList<>();
    private List<Survey> surveys = new ArrayList<>();
    private List<Complaint> complaints = new ArrayList<>();

    private AccountLoyalty() {
    }

    /** The loyalty of an account with nothing recorded yet. */
    public static AccountLoyalty of(String accountId, String customerId, String divisionId) {
        AccountLoyalty loyalty = new AccountLoyalty();
        loyalty.identify(accountId, customerId, divisionId);
        return loyalty;
    }

    /** Records a survey; the account's owner at the time goes out with it. */
    public Survey recordSurvey(Survey survey, String ownerId, Instant now) {
        Survey added = new Survey(LocalIds.next("sv", LocalIds.idsOf(surveys, Survey::id)), survey.score(),
                survey.surveyedOn(), survey.comment(), survey.by());
        surveys.add(added);
        keep(log(survey.by(), now).field("LOYALTY", "survey." + added.surveyedOn(), null, added.score(), false));
        recordEvent(new CustomerSatisfactionRecorded(customerId(), divisionId(), ownerId, added.score(), added.surveyedOn()), divisionId());
        return added;
    }

    public Complaint openComplaint(Complaint complaint, Instant now) {
        Complaint added = new Complaint(LocalIds.next("cp", LocalIds.idsOf(complaints, Complaint::id)), complaint.subject(),
                complaint.openedOn(), null, null, complaint.by());
        complaints.add(added);
        keep(log(complaint.by(), now).field("LOYALTY", "complaint." + added.id(), null, added.subject(), false));
        return added;
    }

    public Complaint resolveComplaint(String complaintId, LocalDate on, String resolution, String by, Instant now) {
        Complaint open = complaints.stream().filter(c -> c.id().equals(complaintId)).findFirst()
                .orElseThrow(() -> new NotFoundException("complaint", complaintId));
        if (!open.isOpen()) {
            throw new ConflictException("complaint-resolved", "complaint " + complaintId + " is resolved already", complaintId);
        }
        Complaint resolved = open.resolve(on, resolution);
        complaints.set(complaints.indexOf(open), resolved);
        keep(log(by, now).field("LOYALTY", "complaint." + complaintId + ".resolvedOn", null, on, false));
        return resolved;
    }

    public void setBudget(CategoryBudget budget, String by, Instant now) {
        Optional<CategoryBudget> before = budget(budget.year());
        before.ifPresent(budgets::remove);
        budgets.add(budget);
        budgets.sort(Comparator.comparingInt(CategoryBudget::year));
        keep(log(by, now).field("LOYALTY", "budget." + budget.year(), before.map(CategoryBudget::budget).orElse(null),
                budget.budget(), false));
    }

    /**
     * Takes over the loyalty of a duplicate merged into this customer: its surveys and complaints (renumbered after
     * this account's), the budgets of years this account lacks, and its history. False when it was taken over before.
     */
    public boolean absorb(AccountLoyalty duplicate, String by, Instant now) {
        if (absorbed(duplicate.id())) {
            return false;
        }
        surveys.addAll(LocalIds.renumbered(duplicate.surveys, "sv", LocalIds.idsOf(surveys, Survey::id), Survey::withId));
        complaints.addAll(LocalIds.renumbered(duplicate.complaints, "cp", LocalIds.idsOf(complaints, Complaint::id), Complaint::withId));
        duplicate.budgets.stream().filter(b -> budget(b.year()).isEmpty()).forEach(budgets::add);
        budgets.sort(Comparator.comparingInt(CategoryBudget::year));
        absorbHistory(duplicate, by, now);
        return true;
    }

    public Optional<CategoryBudget> budget(int year) {
        return budgets.stream().filter(b -> b.year() == year).findFirst();
    }


    public List<CategoryBudget> budgets() {
        return List.copyOf(budgets);
    }

    public List<Survey> surveys() {
        return List.copyOf(surveys);
    }

    public List<Complaint> complaints() {
        return List.copyOf(complaints);
    }
}
