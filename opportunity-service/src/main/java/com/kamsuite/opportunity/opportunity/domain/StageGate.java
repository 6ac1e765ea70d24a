package com.kamsuite.opportunity.opportunity.domain;

import java.util.function.Predicate;

/**
 * A condition an opportunity must meet before it may reach a stage (O2). Each division switches gates on or off;
 * a move that jumps stages must pass the gates of every stage it reaches or passes, winning included.
 */
public enum StageGate {
    /** No stage 03 (buying committee mapped) without a decision maker among the opportunity's contacts. */
    DECISION_MAKER_BEFORE_03(Stage.S03, Opportunity::hasDecisionMaker),
    /** No stage 04 (sales target, resources requested) without a value assessment. */
    VALUE_ASSESSMENT_BEFORE_04(Stage.S04, Opportunity::hasValueAssessment),
    /** No stage 05 (shortlist or bid submitted) without the products quoted (off by default). */
    PRODUCTS_BEFORE_05(Stage.S05, Opportunity::hasProducts);

    private final Stage stage;
    private final Predicate<Opportunity> condition;

    StageGate(Stage stage, Predicate<Opportunity> condition) {
        this.stage = stage;
        this.condition = condition;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether this gate stands between the two stages: it guards a stage after {@code from} and up to {@code to}. */
    boolean guards(Stage from, Stage to) {
        return stage.number() > from.number() && stage.number() <= to.number();
    }

    boolean isMetBy(Opportunity opportunity) {
        return condition.test(opportunity);
    }
}
