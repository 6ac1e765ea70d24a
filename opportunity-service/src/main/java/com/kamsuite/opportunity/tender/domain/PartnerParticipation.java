package com.kamsuite.opportunity.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A channel partner in a tender: invited by the sales team with our view of its credit standing; then the partner
 * itself says whether it participates, with which scheme and quote.
 */
public record PartnerParticipation(String partnerId, CreditStanding creditStanding, Status status, String scheme,
                                   BigDecimal quotedAmount, String currency, String note, Instant answeredAt) {

    /** Our assessment of the partner's credit (资信). */
    public enum CreditStanding { EXCELLENT, GOOD, FAIR, POOR, UNKNOWN }

    public enum Status { INVITED, PARTICIPATING, DECLINED }

    public PartnerParticipation {
        if (partnerId == null || partnerId.isBlank()) {
            throw new IllegalArgumentException("a participation names its partner");
        }
        creditStanding = creditStanding == null ? CreditStanding.UNKNOWN : creditStanding;
    }
}
