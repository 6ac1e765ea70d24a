package com.kamsuite.kit.testapp;

import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;

import java.time.LocalDate;

/** An aggregate for the kit's tests, recording real contract events. */
public class TestCustomer extends AggregateRoot {

    private String id;
    private String legalName;
    private String division;
    private String mergedInto;
    private LocalDate foundedOn;

    private TestCustomer() {
    }

    public static TestCustomer register(String id, String legalName, String division) {
        TestCustomer customer = new TestCustomer();
        customer.id = id;
        customer.legalName = legalName;
        customer.division = division;
        customer.recordEvent(new CustomerRegistered(id, null, legalName, null, null, null, null, division), division);
        return customer;
    }

    public void mergeInto(String survivorId) {
        if (mergedInto != null) {
            throw new ConflictException("already-merged", "already merged into " + mergedInto, mergedInto);
        }
        mergedInto = survivorId;
        recordEvent(new CustomerMerged(survivorId, id), division);
    }

    public void foundedOn(LocalDate date) {
        foundedOn = date;
    }

    public void rename(String newName) {
        legalName = newName;
    }

    @Override
    public String id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String mergedInto() {
        return mergedInto;
    }
}
