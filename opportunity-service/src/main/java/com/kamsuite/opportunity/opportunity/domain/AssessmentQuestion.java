package com.kamsuite.opportunity.opportunity.domain;

import static com.kamsuite.opportunity.opportunity.domain.AssessmentDimension.ARE_WE_COMPETITIVE;
import static com.kamsuite.opportunity.opportunity.domain.AssessmentDimension.CAN_WE_WIN;
import static com.kamsuite.opportunity.opportunity.domain.AssessmentDimension.IS_IT_WORTH_WINNING;
import static com.kamsuite.opportunity.opportunity.domain.AssessmentDimension.IS_THERE_AN_OPPORTUNITY;

/** The twenty yes/no questions of the value assessment (O3), in their four dimensions. */
public enum AssessmentQuestion {
    APPLICATION_CLEAR(IS_THERE_AN_OPPORTUNITY, "application/solution clear"),
    OPERATING_PROFIT_KNOWN(IS_THERE_AN_OPPORTUNITY, "customer's operating profit known"),
    FINANCIALLY_STRONG(IS_THERE_AN_OPPORTUNITY, "customer financially strong"),
    FUNDS_PREPARED(IS_THERE_AN_OPPORTUNITY, "project funds prepared"),
    COMPELLING_EVENT_CLEAR(IS_THERE_AN_OPPORTUNITY, "a compelling event clear"),

    FORMAL_CRITERIA_CLEAR(ARE_WE_COMPETITIVE, "formal decision criteria clear"),
    SOLUTION_GOOD(ARE_WE_COMPETITIVE, "our solution good"),
    RESOURCES_NEEDED_LOW(ARE_WE_COMPETITIVE, "sales resources needed are low"),
    RELATIONSHIP_STRONG(ARE_WE_COMPETITIVE, "current relationship strong"),
    UNIQUE_VALUE_STRONG(ARE_WE_COMPETITIVE, "our unique business value strong"),

    INTERNAL_SUPPORT_STRONG(CAN_WE_WIN, "internal support strong"),
    PEOPLE_CREDIBLE(CAN_WE_WIN, "our people credible to them"),
    CULTURAL_FIT_GOOD(CAN_WE_WIN, "cultural fit good"),
    INFORMAL_CRITERIA_CLEAR(CAN_WE_WIN, "informal decision criteria clear"),
    POLITICAL_ALLIANCES_STRONG(CAN_WE_WIN, "political alliances strong"),

    NEAR_TERM_REVENUE_HIGH(IS_IT_WORTH_WINNING, "near-term revenue high"),
    LONG_TERM_REVENUE_HIGH(IS_IT_WORTH_WINNING, "long-term revenue high"),
    MARGIN_HIGH(IS_IT_WORTH_WINNING, "margin high"),
    RISK_LOW(IS_IT_WORTH_WINNING, "risk low"),
    STRATEGIC_VALUE_PRESENT(IS_IT_WORTH_WINNING, "strategic value present");

    private final AssessmentDimension dimension;
    private final String text;

    AssessmentQuestion(AssessmentDimension dimension, String text) {
        this.dimension = dimension;
        this.text = text;
    }

    public AssessmentDimension dimension() {
        return dimension;
    }

    public String text() {
        return text;
    }
}
