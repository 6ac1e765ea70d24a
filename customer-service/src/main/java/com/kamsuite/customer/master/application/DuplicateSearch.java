package com.kamsuite.customer.master.application;

import com.kamsuite.customer.duplicates.domain.CompanyNames;
import com.kamsuite.customer.duplicates.domain.ContactKeys;
import com.kamsuite.customer.duplicates.domain.LookupKeys;
import com.kamsuite.customer.duplicates.domain.MatchReason;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerKeyIndex;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks up the customers a new one may duplicate (C2): the same registration id, the same normalised name, a similar
 * name, the same phone or address. Reads only the lookup-key documents of the probe and the few customers they
 * name, so its cost does not grow with the number of customers; every hit is checked against the customer itself.
 */
@Service
public class DuplicateSearch {

    static final int MAX_CANDIDATES = 10;
    private static final int MAX_SIMILAR_TO_VERIFY = 50;

    private final CustomerRepository customers;
    private final CustomerKeyIndex keys;
    private final Customers resolver;
    private final double similarNameThreshold;

    public DuplicateSearch(CustomerRepository customers, CustomerKeyIndex keys, Customers resolver,
                           @Value("${kam.customer.duplicates.similar-name-threshold:0.6}") double similarNameThreshold) {
        this.customers = customers;
        this.keys = keys;
        this.resolver = resolver;
        this.similarNameThreshold = similarNameThreshold;
    }

    public record Probe(String registrationId, String legalName, String phone, String address) {
    }

    public record Candidate(Customer customer, Set<MatchReason> reasons, double similarity) {
    }

    public List<Candidate> find(Probe probe) {
        String name = CompanyNames.normalize(probe.legalName());
        String phone = ContactKeys.phone(probe.phone()).orElse(null);
        String address = ContactKeys.address(probe.address()).orElse(null);
        Set<String> grams = CompanyNames.bigrams(name);

        Set<String> hits = new HashSet<>();
        Map<String, Integer> sharedGrams = new HashMap<>();
        int saturatedGrams = 0;
        for (CustomerKeyIndex.Posting posting : keys.find(LookupKeys.of(name, phone, address)).values()) {
            if (!posting.key().startsWith(LookupKeys.GRAM)) {
                hits.addAll(posting.customerIds());
            } else if (posting.saturated()) {
                saturatedGrams++;
            } else {
                posting.customerIds().forEach(id -> sharedGrams.merge(id, 1, Integer::sum));
            }
        }
        // Dice >= t needs at least t·|A|/(2−t) shared bigrams; saturated bigrams may be among them unseen.
        int needed = Math.max(1, (int) Math.ceil(similarNameThreshold * grams.size() / (2 - similarNameThreshold)) - saturatedGrams);
        sharedGrams.entrySet().stream()
                .filter(entry -> entry.getValue() >= needed)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_SIMILAR_TO_VERIFY)
                .forEach(entry -> hits.add(entry.getKey()));

        List<Customer> found = new ArrayList<>(customers.findAllById(hits));
        if (probe.registrationId() != null) {
            customers.findByRegistrationId(probe.registrationId()).ifPresent(found::add);
        }

        Map<String, Candidate> bySurvivor = new LinkedHashMap<>();
        for (Customer hit : found) {
            Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
            if (hit.registrationId().equals(probe.registrationId())) {
                reasons.add(MatchReason.REGISTRATION_ID);
            }
            double similarity = CompanyNames.similarity(name, hit.normalizedName());
            if (hit.normalizedName().equals(name)) {
                reasons.add(MatchReason.SAME_NAME);
            } else if (similarity >= similarNameThreshold) {
                reasons.add(MatchReason.SIMILAR_NAME);
            }
            if (phone != null && phone.equals(hit.phoneKey())) {
                reasons.add(MatchReason.SAME_PHONE);
            }
            if (address != null && address.equals(hit.addressKey())) {
                reasons.add(MatchReason.SAME_ADDRESS);
            }
            if (reasons.isEmpty()) {
                continue; // a dangling key, or a bigram neighbour that is not similar enough
            }
            Customer survivor = resolver.resolve(hit);
            bySurvivor.merge(survivor.id(), new Candidate(survivor, reasons, similarity), DuplicateSearch::combine);
        }
        return bySurvivor.values().stream()
                .sorted(Comparator.comparing((Candidate c) -> !c.reasons().contains(MatchReason.REGISTRATION_ID))
                        .thenComparing(c -> !c.reasons().contains(MatchReason.SAME_NAME))
                        .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed()))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    private static Candidate combine(Candidate a, Candidate b) {
        Set<MatchReason> reasons = EnumSet.copyOf(a.reasons());
        reasons.addAll(b.reasons());
        return new Candidate(a.customer(), reasons, Math.max(a.similarity(), b.similarity()));
    }
}
