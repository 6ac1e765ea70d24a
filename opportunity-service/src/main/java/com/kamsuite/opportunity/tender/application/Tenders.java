package com.kamsuite.opportunity.tender.application;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.opportunity.application.Opportunities;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.tender.domain.PartnerParticipation;
import com.kamsuite.opportunity.tender.domain.TenderProject;
import com.kamsuite.opportunity.tender.domain.TenderTerms;
import com.kamsuite.opportunity.tender.persistence.TenderRepository;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Tender project details (O5): kept by the opportunity's sales team; partners answer for themselves only. */
@Service
public class Tenders {

    private final TenderRepository tenders;
    private final Opportunities opportunities;
    private final Clock clock;

    public Tenders(TenderRepository tenders, Opportunities opportunities, Clock clock) {
        this.tenders = tenders;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    public TenderProject get(String opportunityId, CurrentUser user) {
        opportunities.get(opportunityId, user);
        return tenders.findInDivision(opportunityId, user.divisionId()).orElseThrow(() -> new NotFoundException("tender", opportunityId));
    }

    public TenderProject putTerms(String opportunityId, TenderTerms terms, CurrentUser user) {
        Opportunity opportunity = workedBy(opportunityId, user);
        TenderProject project = tenders.findInDivision(opportunityId, user.divisionId())
                .map(existing -> {
                    existing.revise(terms, opportunity.name(), user.personId(), clock.instant());
                    return existing;
                })
                .orElseGet(() -> TenderProject.open(opportunityId, user.divisionId(), opportunity.name(), terms,
                        user.personId(), clock.instant()));
        return tenders.save(project);
    }

    public TenderProject invite(String opportunityId, String partnerId, PartnerParticipation.CreditStanding standing,
                                CurrentUser user) {
        workedBy(opportunityId, user);
        TenderProject project = tenders.findInDivision(opportunityId, user.divisionId())
                .orElseThrow(() -> new NotFoundException("tender", opportunityId));
        project.invite(partnerId, standing, user.personId(), clock.instant());
        return tenders.save(project);
    }

    /** The tenders the calling partner is invited to, in its division. */
    public List<TenderProject> forPartner(CurrentUser partner) {
        return tenders.invitingPartner(partner.divisionId(), partnerId(partner));
    }

    public TenderProject forPartner(String tenderId, CurrentUser partner) {
        return tenders.findInDivision(tenderId, partner.divisionId()).filter(t -> t.invites(partnerId(partner)))
                .orElseThrow(() -> new NotFoundException("tender", tenderId));
    }

    /** The calling partner records its own participation: the partner id is the token's, never the request's. */
    public TenderProject answer(String tenderId, boolean participating, String scheme, BigDecimal quotedAmount, String currency,
                                String note, CurrentUser partner) {
        TenderProject project = forPartner(tenderId, partner);
        project.answer(partnerId(partner), participating, scheme, quotedAmount, currency, note, clock.instant());
        return tenders.save(project);
    }

    private Opportunity workedBy(String opportunityId, CurrentUser user) {
        Opportunity opportunity = opportunities.get(opportunityId, user);
        opportunity.requireTeamMember(user.personId());
        return opportunity;
    }

    private static String partnerId(CurrentUser user) {
        if (!user.isPartner()) {
            throw new ForbiddenException("forbidden", "only a channel partner's token carries a partner id");
        }
        return user.partnerId();
    }
}
