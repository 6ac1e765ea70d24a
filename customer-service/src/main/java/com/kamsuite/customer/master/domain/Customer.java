package com.kamsuite.customer.master.domain;

import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.domain.AggregateRoot;

import java.time.Instant;
import java.util.Objects;

/**
 * The customer master record: the legal identity of a company, group-wide. Every division sees the same master;
 * each keeps its own relationship with it.
 */
public class Customer extends AggregateRoot {

    private String id;
    private String registrationId;
    private String legalName;
    private String industry;
    private String region;
    private CompanySize size;
    private String parentId;
    private String registeredByDivision;
    private String registeredBy;
    private Instant registeredAt;

    private Customer() {
    }

    public static Customer register(String id, RegistrationId registrationId, String legalName, String industry, String region,
                                    CompanySize size, String division, String person, Instant now) {
        Objects.requireNonNull(registrationId, "registrationId");
        if (legalName == null || legalName.isBlank()) {
            throw new IllegalArgumentException("legalName must not be blank");
        }
        Customer customer = new Customer();
        customer.id = id;
        customer.registrationId = registrationId.value();
        customer.legalName = legalName.strip();
        customer.industry = industry;
        customer.region = region;
        customer.size = size;
        customer.registeredByDivision = division;
        customer.registeredBy = person;
        customer.registeredAt = now;
        customer.recordEvent(new CustomerRegistered(id, customer.registrationId, customer.legalName, industry, region,
                size == null ? null : size.name(), null, division), division);
        return customer;
    }

    @Override
    public String id() {
        return id;
    }

    public String registrationId() {
        return registrationId;
    }

    public String legalName() {
        return legalName;
    }

    public String industry() {
        return industry;
    }

    public String region() {
        return region;
    }

    public CompanySize size() {
        return size;
    }

    public String parentId() {
        return parentId;
    }

    public String registeredByDivision() {
        return registeredByDivision;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
