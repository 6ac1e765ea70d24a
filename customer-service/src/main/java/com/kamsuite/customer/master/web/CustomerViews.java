package com.kamsuite.customer.master.web;

import com.kamsuite.customer.common.domain.Money;
import com.kamsuite.customer.duplicates.domain.MatchReason;
import com.kamsuite.customer.master.application.DuplicateSearch.Candidate;
import com.kamsuite.customer.master.domain.CompanySize;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.domain.CustomerStatus;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

final class CustomerViews {

    private CustomerViews() {
    }

    @Schema(name = "Customer", description = "The group-wide customer master")
    record CustomerView(String id, String registrationId, String legalName, String normalizedName, String industry,
                        String region, String address, String phone, CompanySize size, Money annualRevenue,
                        Integer employees, String parentId, CustomerStatus status, String registeredByDivision,
                        Instant registeredAt) {

        static CustomerView of(Customer c) {
            var b = c.basic();
            return new CustomerView(c.id(), c.registrationId(), b.legalName(), c.normalizedName(), b.industry(), b.region(),
                    b.address(), b.phone(), b.size(), b.annualRevenue(), b.employees(), c.parentId(), c.status(),
                    c.registeredByDivision(), c.registeredAt());
        }
    }

    @Schema(name = "DuplicateCandidate", description = "An existing customer the new one may duplicate, and why")
    record CandidateView(String id, String registrationId, String legalName, String address, String phone,
                         Set<MatchReason> matchedOn,
                         @Schema(description = "Similarity of the normalised names, 0–1", example = "0.67") BigDecimal similarity) {

        static CandidateView of(Candidate candidate) {
            Customer c = candidate.customer();
            return new CandidateView(c.id(), c.registrationId(), c.legalName(), c.basic().address(), c.basic().phone(),
                    candidate.reasons(), BigDecimal.valueOf(candidate.similarity()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Schema(name = "DuplicateCheck")
    record DuplicatesView(String normalizedName, List<CandidateView> candidates) {
    }

    @Schema(name = "RegisteredCustomer", description = "The new master and the registering division's relationship with it")
    record RegisteredView(@JsonUnwrapped CustomerView customer, String accountManagerId, boolean unassigned) {
    }
}
