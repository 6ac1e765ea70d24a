package com.kamsuite.customer.account.domain;

/** The role of a key person in the customer's buying committee. */
public enum BuyingRole {
    USER, TECHNICAL_EXPERT, PURCHASER, DECISION_MAKER, EVALUATOR, EXECUTIVE_SPONSOR
}
