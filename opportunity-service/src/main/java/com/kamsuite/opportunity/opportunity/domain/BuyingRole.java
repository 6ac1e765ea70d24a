package com.kamsuite.opportunity.opportunity.domain;

/** The part a customer's person plays in the buying committee (as in the account archive, C1). */
public enum BuyingRole {
    USER, TECHNICAL_EXPERT, PURCHASER, DECISION_MAKER, EVALUATOR, EXECUTIVE_SPONSOR
}
