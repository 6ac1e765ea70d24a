package com.kamsuite.customer.account.domain;

import com.kamsuite.customer.classification.domain.Assessment;
import com.kamsuite.customer.classification.domain.Classification;
import com.kamsuite.customer.classification.domain.Tier;
import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.customer.common.domain.ChangeLog;
import com.kamsuite.customer.common.domain.Money;
import com.kamsuite.customer.loyalty.domain.CategoryBudget;
import com.kamsuite.customer.loyalty.domain.Complaint;
import com.kamsuite.customer.loyalty.domain.Survey;
import com.kamsuite.customer.plan.domain.AccountPlan;
import com.kamsuite.customer.plan.domain.PlanContent;
import com.kamsuite.events.customer.CustomerAssigned;
import com.kamsuite.events.customer.CustomerClassified;
import com.kamsuite.events.customer.CustomerSatisfactionRecorded;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A division's relationship with a customer: everything the division knows and plans about it, which other divisions
 * never see. Its owner (C3), when the archive was last reviewed (C4), the extended info, key people and competitors
 * (C1), the relationship level (C8), the evaluation and tier (C6), surveys, complaints and category budgets (C7) and
 * the yearly account plans (C9). Every change is kept in its history. Its id is {@code <customerId>@<divisionId>}.
 */
public class Account extends AggregateRoot {

    private String id;
    private String customerId;
    private String divisionId;
    private AccountStatus status;
    private String mergedInto;
    private Instant openedAt;
    private String openedBy;
    private String ownerId;
    private List<Assignment> assignments = new ArrayList<>();
    private Instant lastReviewedAt;
    private String lastReviewedBy;
    private ExtendedInfo extended;
    private List<KeyPerson> keyPeople = new ArrayList<>();
    private List<Competitor> competitors = new ArrayList<>();
    private RelationshipLevel level;
    private List<LevelChange> levelChanges = new ArrayList<>();
    private Assessment assessment;
    private Classification classification;
    private List<CategoryBudget> budgets = new ArrayList<>();
    private List<Survey> surveys = new ArrayList<>();
    private List<Complaint> complaints = new ArrayList<>();
    private List<AccountPlan> plans = new ArrayList<>();
    private List<Change> history = new ArrayList<>();

    private Account() {
    }

    public static String idOf(String customerId, String divisionId) {
        return customerId + "@" + divisionId;
    }

    /** Opens the division's relationship with a customer; opening the archive counts as its first review. */
    public static Account open(String customerId, String divisionId, String person, Instant now) {
        Account account = new Account();
        account.id = idOf(customerId, divisionId);
        account.customerId = customerId;
        account.divisionId = divisionId;
        account.status = AccountStatus.ACTIVE;
        account.openedAt = now;
        account.openedBy = person;
        account.lastReviewedAt = now;
        account.lastReviewedBy = person;
        account.level = RelationshipLevel.VENDOR;
        account.assessment = Assessment.NONE;
        account.history.addAll(log(person, divisionId, now).field("ACCOUNT", "opened", null, account.id, false).changes());
        return account;
    }

    // ---- C3 assignment

    /** Assigns the account to an account manager, or to the division's unassigned queue ({@code null}). */
    public void assign(String accountManagerId, String ruleId, String reason, String person, Instant now) {
        requireActive();
        if (Objects.equals(ownerId, accountManagerId) && !assignments.isEmpty()) {
            return;
        }
        String previous = ownerId;
        assignments.add(new Assignment(previous, accountManagerId, person, ruleId, reason, now));
        history.addAll(log(person, divisionId, now).field("ASSIGNMENT", "owner", previous, accountManagerId, false).changes());
        ownerId = accountManagerId;
        recordEvent(new CustomerAssigned(customerId, divisionId, accountManagerId, previous, person, reason), divisionId);
    }

    public boolean isUnassigned() {
        return ownerId == null;
    }

    // ---- C4 review

    public void review(String person, Instant now) {
        requireActive();
        lastReviewedAt = now;
        lastReviewedBy = person;
        history.addAll(log(person, divisionId, now).field("REVIEW", "lastReviewedAt", null, now, false).changes());
    }

    // ---- C1 archive of the division

    public void updateExtended(ExtendedInfo next, String person, Instant now) {
        requireActive();
        ExtendedInfo before = extended == null ? emptyExtended() : extended;
        history.addAll(log(person, divisionId, now).record("EXTENDED", "", before, next, Set.of()).changes());
        extended = next;
        reviewedBy(person, now);
    }

    public KeyPerson addKeyPerson(KeyPerson person, String by, Instant now) {
        requireActive();
        KeyPerson added = person.withId(nextId("kp", keyPeople.stream().map(KeyPerson::id).toList()));
        keyPeople.add(added);
        history.addAll(log(by, divisionId, now).record("KEY_PEOPLE", added.id() + ".", null, added, KeyPerson.PERSONAL_FIELDS).changes());
        reviewedBy(by, now);
        return added;
    }

    public void updateKeyPerson(String keyPersonId, KeyPerson next, String by, Instant now) {
        requireActive();
        KeyPerson before = keyPerson(keyPersonId);
        KeyPerson after = next.withId(keyPersonId);
        keyPeople.set(keyPeople.indexOf(before), after);
        history.addAll(log(by, divisionId, now).record("KEY_PEOPLE", keyPersonId + ".", before, after, KeyPerson.PERSONAL_FIELDS).changes());
        reviewedBy(by, now);
    }

    public void removeKeyPerson(String keyPersonId, String by, Instant now) {
        requireActive();
        KeyPerson before = keyPerson(keyPersonId);
        keyPeople.remove(before);
        history.addAll(log(by, divisionId, now).record("KEY_PEOPLE", keyPersonId + ".", before, null, KeyPerson.PERSONAL_FIELDS).changes());
        reviewedBy(by, now);
    }

    public Competitor addCompetitor(Competitor competitor, String by, Instant now) {
        requireActive();
        Competitor added = competitor.withId(nextId("co", competitors.stream().map(Competitor::id).toList()));
        competitors.add(added);
        history.addAll(log(by, divisionId, now).record("COMPETITORS", added.id() + ".", null, added, Set.of()).changes());
        reviewedBy(by, now);
        return added;
    }

    public void updateCompetitor(String competitorId, Competitor next, String by, Instant now) {
        requireActive();
        Competitor before = competitor(competitorId);
        Competitor after = next.withId(competitorId);
        competitors.set(competitors.indexOf(before), after);
        history.addAll(log(by, divisionId, now).record("COMPETITORS", competitorId + ".", before, after, Set.of()).changes());
        reviewedBy(by, now);
    }

    public void removeCompetitor(String competitorId, String by, Instant now) {
        requireActive();
        Competitor before = competitor(competitorId);
        competitors.remove(before);
        history.addAll(log(by, divisionId, now).record("COMPETITORS", competitorId + ".", before, null, Set.of()).changes());
        reviewedBy(by, now);
    }

    // ---- C8 relationship level

    public void changeLevel(RelationshipLevel next, LocalDate effectiveOn, String note, String by, Instant now) {
        requireActive();
        Objects.requireNonNull(next, "level");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (next == level) {
            throw new ConflictException("level-unchanged", "the relationship is " + level + " already", next.name());
        }
        LocalDate lastEffective = levelChanges.isEmpty() ? null : levelChanges.get(levelChanges.size() - 1).effectiveOn();
        if (lastEffective != null && effectiveOn.isBefore(lastEffective)) {
            throw new ConflictException("level-date-before-last", "a level change cannot take effect before the last one",
                    effectiveOn.toString(), lastEffective.toString());
        }
        levelChanges.add(new LevelChange(next, level, effectiveOn, note, by, now));
        history.addAll(log(by, divisionId, now).field("LEVEL", "level", level, next, false).changes());
        level = next;
    }

    // ---- C6 evaluation

    public void assess(Assessment next, String by, Instant now) {
        requireActive();
        history.addAll(log(by, divisionId, now).record("ASSESSMENT", "", assessment, next, Set.of()).changes());
        assessment = next;
    }

    /** Stores a new evaluation; a change of tier is announced. */
    public void classify(Classification next, String by) {
        requireActive();
        Tier previous = classification == null ? null : classification.tier();
        classification = next;
        if (previous != next.tier()) {
            history.addAll(log(by, divisionId, next.at()).field("CLASSIFICATION", "tier", previous, next.tier(), false).changes());
            recordEvent(new CustomerClassified(customerId, divisionId, next.tier().name(),
                    previous == null ? null : previous.name(), next.score(), next.reasons()), divisionId);
        }
    }

    // ---- C7 loyalty

    public Survey recordSurvey(Survey survey, Instant now) {
        requireActive();
        Survey added = new Survey(nextId("sv", surveys.stream().map(Survey::id).toList()), survey.score(), survey.surveyedOn(),
                survey.comment(), survey.by());
        surveys.add(added);
        history.addAll(log(survey.by(), divisionId, now).field("LOYALTY", "survey." + added.surveyedOn(), null, added.score(), false).changes());
        recordEvent(new CustomerSatisfactionRecorded(customerId, divisionId, ownerId, added.score(), added.surveyedOn()), divisionId);
        return added;
    }

    public Complaint openComplaint(Complaint complaint, Instant now) {
        requireActive();
        Complaint added = new Complaint(nextId("cp", complaints.stream().map(Complaint::id).toList()), complaint.subject(),
                complaint.openedOn(), null, null, complaint.by());
        complaints.add(added);
        history.addAll(log(complaint.by(), divisionId, now).field("LOYALTY", "complaint." + added.id(), null, added.subject(), false).changes());
        return added;
    }

    public Complaint resolveComplaint(String complaintId, LocalDate on, String resolution, String by, Instant now) {
        requireActive();
        Complaint open = complaints.stream().filter(c -> c.id().equals(complaintId)).findFirst()
                .orElseThrow(() -> new NotFoundException("complaint", complaintId));
        if (!open.isOpen()) {
            throw new ConflictException("complaint-resolved", "complaint " + complaintId + " is resolved already", complaintId);
        }
        Complaint resolved = open.resolve(on, resolution);
        complaints.set(complaints.indexOf(open), resolved);
        history.addAll(log(by, divisionId, now).field("LOYALTY", "complaint." + complaintId + ".resolvedOn", null, on, false).changes());
        return resolved;
    }

    public void setBudget(CategoryBudget budget, String by, Instant now) {
        requireActive();
        Optional<CategoryBudget> before = budget(budget.year());
        before.ifPresent(budgets::remove);
        budgets.add(budget);
        budgets.sort(Comparator.comparingInt(CategoryBudget::year));
        history.addAll(log(by, divisionId, now).field("LOYALTY", "budget." + budget.year(),
                before.map(CategoryBudget::budget).orElse(null), budget.budget(), false).changes());
    }

    public Optional<CategoryBudget> budget(int year) {
        return budgets.stream().filter(b -> b.year() == year).findFirst();
    }

    // ---- C9 account plans

    public AccountPlan savePlan(int year, PlanContent content, String note, String by, Instant now) {
        requireActive();
        AccountPlan before = plan(year).orElse(new AccountPlan(year, List.of()));
        AccountPlan after = before.revise(content, note, by, now);
        plans.remove(before);
        plans.add(after);
        plans.sort(Comparator.comparingInt(AccountPlan::year));
        history.addAll(log(by, divisionId, now).field("PLAN", "plan." + year, before.versions().isEmpty() ? null : before.latest().version(),
                after.latest().version(), false).changes());
        return after;
    }

    public Optional<AccountPlan> plan(int year) {
        return plans.stream().filter(p -> p.year() == year).findFirst();
    }

    // ---- merging duplicates

    /**
     * Takes over the relationship of the division with a duplicate that was merged into this account's customer:
     * its key people, competitors, surveys, complaints, budgets and plans of years this account lacks, and its history.
     * Returns whether anything was taken over (false when it was before).
     */
    public boolean absorb(Account duplicate, String by, Instant now) {
        requireActive();
        String marker = "absorbed " + duplicate.id;
        if (history.stream().anyMatch(change -> "MERGE".equals(change.category()) && marker.equals(change.newValue()))) {
            return false;
        }
        keyPeople.addAll(renumbered(duplicate.keyPeople, "kp", keyPeople.stream().map(KeyPerson::id).toList(), KeyPerson::withId, KeyPerson::id));
        competitors.addAll(renumbered(duplicate.competitors, "co", competitors.stream().map(Competitor::id).toList(), Competitor::withId, Competitor::id));
        surveys.addAll(duplicate.surveys);
        complaints.addAll(duplicate.complaints);
        duplicate.budgets.stream().filter(b -> budget(b.year()).isEmpty()).forEach(budgets::add);
        duplicate.plans.stream().filter(p -> plan(p.year()).isEmpty()).forEach(plans::add);
        if (extended == null) {
            extended = duplicate.extended;
        }
        if (ownerId == null && duplicate.ownerId != null) {
            assign(duplicate.ownerId, null, "taken over from merged duplicate " + duplicate.customerId, by, now);
        }
        history.addAll(duplicate.history);
        history.add(new Change(now, by, divisionId, "MERGE", "account", null, marker, false));
        return true;
    }

    /** Marks this relationship as taken over by the survivor's, after a merge of its customer. */
    public void markMerged(String survivorAccountId, String by, Instant now) {
        if (status == AccountStatus.MERGED) {
            return;
        }
        status = AccountStatus.MERGED;
        mergedInto = survivorAccountId;
        history.add(new Change(now, by, divisionId, "MERGE", "mergedInto", null, survivorAccountId, false));
    }

    // ---- helpers

    private void reviewedBy(String person, Instant now) {
        lastReviewedAt = now;
        lastReviewedBy = person;
    }

    private void requireActive() {
        if (status == AccountStatus.MERGED) {
            throw new ConflictException("customer-merged", "account " + id + " was merged into " + mergedInto, customerId, mergedInto);
        }
    }

    private KeyPerson keyPerson(String keyPersonId) {
        return keyPeople.stream().filter(p -> p.id().equals(keyPersonId)).findFirst()
                .orElseThrow(() -> new NotFoundException("key-person", keyPersonId));
    }

    private Competitor competitor(String competitorId) {
        return competitors.stream().filter(c -> c.id().equals(competitorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("competitor", competitorId));
    }

    private static ChangeLog log(String person, String division, Instant now) {
        return new ChangeLog(now, person, division);
    }

    private static ExtendedInfo emptyExtended() {
        return new ExtendedInfo(null, null, null, null, null, null, null, null);
    }

    private static String nextId(String prefix, List<String> taken) {
        int next = taken.stream().filter(Objects::nonNull).map(id -> id.substring(id.indexOf('-') + 1))
                .mapToInt(number -> { try { return Integer.parseInt(number); } catch (NumberFormatException e) { return 0; } })
                .max().orElse(0) + 1;
        return prefix + "-" + next;
    }

    private static <T> List<T> renumbered(List<T> items, String prefix, List<String> taken, java.util.function.BiFunction<T, String, T> withId,
                                          java.util.function.Function<T, String> idOf) {
        List<String> ids = new ArrayList<>(taken);
        List<T> result = new ArrayList<>();
        for (T item : items) {
            String id = nextId(prefix, ids);
            ids.add(id);
            result.add(withId.apply(item, id));
        }
        return result;
    }

    // ---- reading

    @Override
    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public String divisionId() {
        return divisionId;
    }

    public AccountStatus status() {
        return status;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String ownerId() {
        return ownerId;
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    public Instant lastReviewedAt() {
        return lastReviewedAt;
    }

    public String lastReviewedBy() {
        return lastReviewedBy;
    }

    public ExtendedInfo extended() {
        return extended;
    }

    public List<KeyPerson> keyPeople() {
        return List.copyOf(keyPeople);
    }

    public List<Competitor> competitors() {
        return List.copyOf(competitors);
    }

    public RelationshipLevel level() {
        return level;
    }

    public List<LevelChange> levelChanges() {
        return List.copyOf(levelChanges);
    }

    public Assessment assessment() {
        return assessment == null ? Assessment.NONE : assessment;
    }

    public Classification classification() {
        return classification;
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

    public List<AccountPlan> plans() {
        return List.copyOf(plans);
    }

    public List<Change> history() {
        return List.copyOf(history);
    }

    /** A copy of the history with personal data hidden when {@code redact}. */
    public List<Change> history(boolean redact) {
        UnaryOperator<Change> hide = change -> change.personal()
                ? new Change(change.at(), change.by(), change.division(), change.category(), change.field(),
                change.oldValue() == null ? null : "***", change.newValue() == null ? null : "***", true)
                : change;
        return history.stream().map(redact ? hide : UnaryOperator.identity()).toList();
    }
}
