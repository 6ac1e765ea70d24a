package com.kamsuite.opportunity.opportunity.domain;

/** The four questions a value assessment answers (O3), five yes/no questions each. */
public enum AssessmentDimension {
    IS_THERE_AN_OPPORTUNITY, ARE_WE_COMPETITIVE, CAN_WE_WIN, IS_IT_WORTH_WINNING
}
