package com.kamsuite.customer.account.domain;

import com.kamsuite.customer.common.domain.ArchiveRoot;
import com.kamsuite.customer.common.domain.LocalIds;
import com.kamsuite.events.customer.CustomerAssigned;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A division's relationship with a customer, unseen by other divisions: owner and assignments (C3), last review (C4),
 * extended info, key people, competitors (C1) and level (C8), with their history. Its id is {@code customer@division};
 * the evaluation (C6), loyalty (C7) and plans (C9) of the relationship are aggregates of their own under that id.
 */
public class Account extends ArchiveRoot {

    private AccountStatus status;
    private String mergedInto;
    private Instant openedAt;
    private String ownerId;
    private List<Assignment> assignments = new ArrayList<>();
    private Instant lastReviewedAt;
    private String lastReviewedBy;
    private ExtendedInfo extended;
    private List<KeyPerson> keyPeople = new ArrayList<>();
    private List<Competitor> competitors = new ArrayList<>();
    private RelationshipLevel level;
    private List<LevelChange> levelChanges = new ArrayList<>();

    private Account() {
    }

    public static String idOf(String customerId, String divisionId) {
        return customerId + "@" + divisionId;
    }

    /** Opens the division's relationship with a customer; opening the archive counts as its first review. */
    public static Account open(String customerId, String divisionId, String person, Instant now) {
        Account account = new Account();
        account.identify(idOf(customerId, divisionId), customerId, divisionId);
        account.status = AccountStatus.ACTIVE;
        account.openedAt = now;
        account.level = RelationshipLevel.VENDOR;
        account.reviewedBy(person, now);
        account.keep("ACCOUNT", "opened", account.id(), person, now);
        return account;
    }

    /** Assigns the account to an account manager, or to the division's unassigned queue ({@code null}). */
    public void assign(String accountManagerId, String ruleId, String reason, String person, Instant now) {
        requireActive();
        if (Objects.equals(ownerId, accountManagerId) && !assignments.isEmpty()) {
            return;
        }
        String previous = ownerId;
        assignments.add(new Assignment(previous, accountManagerId, person, ruleId, reason, now));
        keep(log(person, now).field("ASSIGNMENT", "owner", previous, accountManagerId, false));
        ownerId = accountManagerId;
        recordEvent(new CustomerAssigned(customerId(), divisionId(), accountManagerId, previous, person, reason), divisionId());
    }

    public void review(String person, Instant now) {
        requireActive();
        reviewedBy(person, now);
        keep(log(person, now).field("REVIEW", "lastReviewedAt", null, now, false));
    }

    public void updateExtended(ExtendedInfo next, String person, Instant now) {
        requireActive();
        ExtendedInfo before = extended == null ? ExtendedInfo.EMPTY : extended;
        keep(log(person, now).record("EXTENDED", "", before, next, Set.of()));
        extended = next;
        reviewedBy(person, now);
    }

    public KeyPerson addKeyPerson(KeyPerson person, String by, Instant now) {
        return add(keyPeople, "kp", "KEY_PEOPLE", person, KeyPerson.PERSONAL_FIELDS, by, now);
    }

    public void updateKeyPerson(String keyPersonId, KeyPerson next, String by, Instant now) {
        replace(keyPeople, "KEY_PEOPLE", find(keyPeople, "key-person", keyPersonId), next.withId(keyPersonId), KeyPerson.PERSONAL_FIELDS, by, now);
    }

    public void removeKeyPerson(String keyPersonId, String by, Instant now) {
        replace(keyPeople, "KEY_PEOPLE", find(keyPeople, "key-person", keyPersonId), null, KeyPerson.PERSONAL_FIELDS, by, now);
    }

    public Competitor addCompetitor(Competitor competitor, String by, Instant now) {
        return add(competitors, "co", "COMPETITORS", competitor, Set.of(), by, now);
    }

    public void updateCompetitor(String competitorId, Competitor next, String by, Instant now) {
        replace(competitors, "COMPETITORS", find(competitors, "competitor", competitorId), next.withId(competitorId), Set.of(), by, now);
    }

    public void removeCompetitor(String competitorId, String by, Instant now) {
        replace(competitors, "COMPETITORS", find(competitors, "competitor", competitorId), null, Set.of(), by, now);
    }

    public void changeLevel(RelationshipLevel next, LocalDate effectiveOn, String note, String by, Instant now) {
        requireActive();
        levelChanges.add(LevelChange.after(levelChanges, level, next, effectiveOn, note, by, now));
        keep(log(by, now).field("LEVEL", "level", level, next, false));
        level = next;
    }

    /**
     * Takes over the relationship with a duplicate merged into this customer: key people, competitors, history, and
     * extended info and owner where this has none. False when it was taken over before.
     */
    public boolean absorb(Account duplicate, String by, Instant now) {
        requireActive();
        if (absorbed(duplicate.id())) {
            return false;
        }
        keyPeople.addAll(LocalIds.renumbered(duplicate.keyPeople, "kp", LocalIds.idsOf(keyPeople, KeyPerson::id), KeyPerson::withId));
        competitors.addAll(LocalIds.renumbered(duplicate.competitors, "co", LocalIds.idsOf(competitors, Competitor::id), Competitor::withId));
        if (extended == null) {
            extended = duplicate.extended;
        }
        if (ownerId == null && duplicate.ownerId != null) {
            assign(duplicate.ownerId, null, "taken over from merged duplicate " + duplicate.customerId(), by, now);
        }
        absorbHistory(duplicate, by, now);
        return true;
    }

    /** Marks this relationship as taken over by the survivor's, after a merge of its customer. */
    public void markMerged(String survivorAccountId, String by, Instant now) {
        if (status == AccountStatus.MERGED) {
            return;
        }
        status = AccountStatus.MERGED;
        mergedInto = survivorAccountId;
        keep("MERGE", "mergedInto", survivorAccountId, by, now);
    }

    public boolean isUnassigned() {
        return ownerId == null;
    }

    private <T extends Record & ArchiveEntry<T>> T add(List<T> entries, String idPrefix, String category, T entry,
                                                       Set<String> personal, String by, Instant now) {
        T added = entry.withId(LocalIds.next(idPrefix, LocalIds.idsOf(entries, T::id)));
        replace(entries, category, null, added, personal, by, now);
        return added;
    }

    /** Adds ({@code before} null), changes or removes ({@code after} null) an entry, into the history. */
    private <T extends Record & ArchiveEntry<T>> void replace(List<T> entries, String category, T before, T after,
                                                              Set<String> personal, String by, Instant now) {
        requireActive();
        if (before == null) {
            entries.add(after);
        } else if (after == null) {
            entries.remove(before);
        } else {
            entries.set(entries.indexOf(before), after);
        }
        String prefix = (before != null ? before : after).id() + ".";
        keep(log(by, now).record(category, prefix, before, after, personal));
        reviewedBy(by, now);
    }

    private void reviewedBy(String person, Instant now) {
        lastReviewedAt = now;
        lastReviewedBy = person;
    }

    private void requireActive() {
        if (status == AccountStatus.MERGED) {
            throw new ConflictException("customer-merged", "account " + id() + " was merged into " + mergedInto, customerId(), mergedInto);
        }
    }

    private <T extends ArchiveEntry<T>> T find(List<T> entries, String kind, String entryId) {
        requireActive();
        return entries.stream().filter(e -> e.id().equals(entryId)).findFirst().orElseThrow(() -> new NotFoundException(kind, entryId));
    }


    public AccountStatus status() {
        return status;
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
}
