package com.kamsuite.opportunity.tender.domain;

import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.opportunity.opportunity.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tender project of one opportunity (O5); its id is the opportunity id. The sales team keeps the terms and invites
 * channel partners; each invited partner records its own participation, and nobody else's. Every change is kept.
 */
public class TenderProject extends AggregateRoot {

    private String id;
    private String divisionId;
    private String opportunityName;
    private TenderTerms terms;
    private List<PartnerParticipation> partners = new ArrayList<>();
    private List<Change> changes = new ArrayList<>();

    /** Who changed what, when. */
    public record Change(Instant at, String by, String what) {
    }

    private TenderProject() {
    }

    public static TenderProject open(String opportunityId, String divisionId, String opportunityName, TenderTerms terms,
                                     String by, Instant now) {
        TenderProject project = new TenderProject();
        project.id = opportunityId;
        project.divisionId = divisionId;
        project.opportunityName = opportunityName;
        project.terms = terms;
        project.changes.add(new Change(now, by, "terms"));
        return project;
    }

    public void revise(TenderTerms newTerms, String opportunityNameNow, String by, Instant now) {
        terms = newTerms;
        opportunityName = opportunityNameNow;
        changes.add(new Change(now, by, "terms"));
    }

    /** The sales team invites a partner, or changes its credit standing; the partner's own answer is kept. */
    public void invite(String partnerId, PartnerParticipation.CreditStanding standing, String by, Instant now) {
        Optional<PartnerParticipation> existing = participation(partnerId);
        PartnerParticipation updated = existing
                .map(p -> new PartnerParticipation(partnerId, standing, p.status(), p.scheme(), p.quotedAmount(), p.currency(),
                        p.note(), p.answeredAt()))
                .orElseGet(() -> new PartnerParticipation(partnerId, standing, PartnerParticipation.Status.INVITED, null, null,
                        null, null, null));
        existing.ifPresentOrElse(p -> partners.set(partners.indexOf(p), updated), () -> partners.add(updated));
        changes.add(new Change(now, by, "partner " + partnerId + " credit standing " + updated.creditStanding()));
    }

    /**
     * The partner answers for itself: participating (with its scheme and quote) or declining. A partner that was not
     * invited does not see the tender at all (404, as if it did not exist).
     */
    public void answer(String partnerId, boolean participating, String scheme, BigDecimal quotedAmount, String currency,
                       String note, Instant now) {
        PartnerParticipation invited = participation(partnerId).orElseThrow(() -> new NotFoundException("tender", id));
        if (participating && quotedAmount != null && currency == null) {
            throw new IllegalArgumentException("a quote needs its currency");
        }
        if (quotedAmount != null && quotedAmount.signum() < 0) {
            throw new IllegalArgumentException("a quote is zero or more");
        }
        if (!participating && (scheme != null || quotedAmount != null)) {
            throw new ConflictException("declined-with-quote", "a partner that declines sends no scheme or quote", partnerId);
        }
        if (quotedAmount != null) {
            new Money(quotedAmount, currency); // a quote is money like the opportunity's amount: ISO 4217, its minor unit at most
        }
        partners.set(partners.indexOf(invited), new PartnerParticipation(partnerId, invited.creditStanding(),
                participating ? PartnerParticipation.Status.PARTICIPATING : PartnerParticipation.Status.DECLINED,
                scheme, quotedAmount, currency, note, now));
        changes.add(new Change(now, "partner:" + partnerId, participating ? "participating" : "declined"));
    }

    public boolean invites(String partnerId) {
        return participation(partnerId).isPresent();
    }

    public Optional<PartnerParticipation> participation(String partnerId) {
        return partners.stream().filter(p -> p.partnerId().equals(partnerId)).findFirst();
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String opportunityName() {
        return opportunityName;
    }

    public TenderTerms terms() {
        return terms;
    }

    public List<PartnerParticipation> partners() {
        return List.copyOf(partners);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
