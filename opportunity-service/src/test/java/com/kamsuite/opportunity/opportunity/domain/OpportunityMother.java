package com.kamsuite.opportunity.opportunity.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Opportunities and answers for the domain tests. */
final class OpportunityMother {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final String OWNER = "liu.yang";
    static final String DIVISION = "div-power";

    private OpportunityMother() {
    }

    static ProductLine switchgear() {
        return new ProductLine("KYN28-12", "KYN28-12 switchgear", "1250 A", new BigDecimal("40"), new BigDecimal("30000"),
                new BigDecimal("31250.00"), "2027-05", null);
    }

    static Opportunity newOpportunity() {
        return newOpportunity(FunnelRules.DEFAULT);
    }

    static Opportunity newOpportunity(FunnelRules rules) {
        Opportunity opportunity = Opportunity.create("opp-1", DIVISION, "cust-1", "2027 switchgear framework",
                new Money(new BigDecimal("1250000"), "CNY"), LocalDate.parse("2027-03-31"), OpportunitySource.MARKET_ACTIVITY,
                List.of(switchgear()), OWNER, rules, NOW);
        opportunity.markStored(1);
        return opportunity;
    }

    /** An opportunity that has what the default gates ask for: a decision maker and a value assessment. */
    static Opportunity readyForStage04() {
        Opportunity opportunity = newOpportunity();
        opportunity.addContact("陈总", "CEO", BuyingRole.DECISION_MAKER, null, OWNER);
        opportunity.assess(answers(12), null, OWNER, NOW);
        return opportunity;
    }

    static FunnelRules rules(Set<StageGate> gates) {
        return new FunnelRules(FunnelRules.DEFAULT.probabilities(), gates.isEmpty() ? EnumSet.noneOf(StageGate.class) : gates);
    }

    /** Answers with the first {@code yes} questions yes and the rest no. */
    static Map<AssessmentQuestion, Boolean> answers(int yes) {
        Map<AssessmentQuestion, Boolean> answers = new EnumMap<>(AssessmentQuestion.class);
        for (AssessmentQuestion question : AssessmentQuestion.values()) {
            answers.put(question, question.ordinal() < yes);
        }
        return answers;
    }

    static <T> T lastEvent(Opportunity opportunity, Class<T> type) {
        var events = opportunity.recordedEvents();
        Object data = events.get(events.size() - 1).data();
        return type.cast(data);
    }
}
