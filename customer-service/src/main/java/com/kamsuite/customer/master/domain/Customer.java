package com.kamsuite.customer.master.domain;

import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.customer.common.domain.ChangeLog;
import com.kamsuite.customer.duplicates.domain.CompanyNames;
import com.kamsuite.customer.duplicates.domain.ContactKeys;
import com.kamsuite.customer.duplicates.domain.LookupKeys;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The customer master record: the legal identity of a company and its place in a group, group-wide. Every division
 * sees the same master; each keeps its own relationship with it. Every change is kept in its history.
 */
public class Customer extends AggregateRoot {

    static final String BASIC = "BASIC";
    static final String HIERARCHY = "HIERARCHY";
    static final String MERGE = "MERGE";

    private String id;
    private String registrationId;
    private BasicInfo basic;
    private String normalizedName;
    private String phoneKey;
    private String addressKey;
    private String parentId;
    private CustomerStatus status;
    private String mergedInto;
    private String registeredByDivision;
    private String registeredBy;
    private Instant registeredAt;
    private List<Change> history = new ArrayList<>();

    private Customer() {
    }

    public static Customer register(String id, RegistrationId registrationId, BasicInfo basic, String parentId,
                                    String division, String person, Instant now) {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(basic, "basic");
        Customer customer = new Customer();
        customer.id = id;
        customer.registrationId = registrationId.value();
        customer.status = CustomerStatus.ACTIVE;
        customer.parentId = parentId;
        customer.registeredByDivision = division;
        customer.registeredBy = person;
        customer.registeredAt = now;
        customer.setBasic(basic);
        customer.history.addAll(new ChangeLog(now, person, division)
                .field(BASIC, "registrationId", null, customer.registrationId, false)
                .record(BASIC, "", null, basic, Set.of())
                .field(HIERARCHY, "parentId", null, parentId, false)
                .changes());
        customer.recordEvent(new CustomerRegistered(id, customer.registrationId, basic.legalName(), basic.industry(),
                basic.region(), basic.size() == null ? null : basic.size().name(), parentId, division), division);
        return customer;
    }

    /** Replaces the basic information, keeping every changed field in the history. */
    public void updateBasic(BasicInfo next, String person, String division, Instant now) {
        requireActive();
        history.addAll(new ChangeLog(now, person, division).record(BASIC, "", basic, next, Set.of()).changes());
        setBasic(next);
    }

    /** Places this customer under another (or at the top, {@code null}); the caller has ruled out a cycle. */
    public void moveUnder(String newParentId, String person, String division, Instant now) {
        requireActive();
        if (id.equals(newParentId)) {
            throw new ConflictException("hierarchy-cycle", "a customer cannot be its own parent", id, newParentId);
        }
        history.addAll(new ChangeLog(now, person, division).field(HIERARCHY, "parentId", parentId, newParentId, false).changes());
        parentId = newParentId;
    }

    /** Turns this customer into a redirect to the survivor and tells every service to repoint its references. */
    public void mergeInto(String survivorId, String reason, String person, String division, Instant now) {
        requireActive();
        if (id.equals(survivorId)) {
            throw new ConflictException("merge-into-itself", "a customer cannot be merged into itself", id);
        }
        history.addAll(new ChangeLog(now, person, division)
                .field(MERGE, "mergedInto", null, survivorId, false)
                .field(MERGE, "reason", null, reason, false)
                .changes());
        status = CustomerStatus.MERGED;
        mergedInto = survivorId;
        recordEvent(new CustomerMerged(survivorId, id), division);
    }

    /** Notes on the survivor that a duplicate was merged into it. */
    public void absorb(String mergedId, String person, String division, Instant now) {
        requireActive();
        if (history.stream().anyMatch(change -> MERGE.equals(change.category()) && mergedId.equals(change.newValue()))) {
            return;
        }
        history.addAll(new ChangeLog(now, person, division).field(MERGE, "absorbed", null, mergedId, false).changes());
    }

    /** Notes that the customer was confirmed to be another company than the candidates its creation matched. */
    public void confirmDistinctFrom(List<String> candidateIds, String person, String division, Instant now) {
        history.addAll(new ChangeLog(now, person, division)
                .field(BASIC, "confirmedDistinctFrom", null, String.join(",", candidateIds), false).changes());
    }

    public List<String> lookupKeys() {
        return LookupKeys.of(normalizedName, phoneKey, addressKey);
    }

    public boolean isMerged() {
        return status == CustomerStatus.MERGED;
    }

    private void requireActive() {
        if (isMerged()) {
            throw new ConflictException("customer-merged", "customer " + id + " was merged into " + mergedInto, id, mergedInto);
        }
    }

    private void setBasic(BasicInfo next) {
        basic = next;
        normalizedName = CompanyNames.normalize(next.legalName());
        phoneKey = ContactKeys.phone(next.phone()).orElse(null);
        addressKey = ContactKeys.address(next.address()).orElse(null);
    }

    @Override
    public String id() {
        return id;
    }

    public String registrationId() {
        return registrationId;
    }

    public BasicInfo basic() {
        return basic;
    }

    public String legalName() {
        return basic.legalName();
    }

    public String normalizedName() {
        return normalizedName;
    }

    public String phoneKey() {
        return phoneKey;
    }

    public String addressKey() {
        return addressKey;
    }

    public String parentId() {
        return parentId;
    }

    public CustomerStatus status() {
        return status;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public String registeredByDivision() {
        return registeredByDivision;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Change> history() {
        return List.copyOf(history);
    }
}
