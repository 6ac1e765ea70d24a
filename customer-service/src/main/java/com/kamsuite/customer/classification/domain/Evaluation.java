package com.kamsuite.customer.classification.domain;

import com.kamsuite.customer.common.domain.ArchiveRoot;
import com.kamsuite.events.customer.CustomerClassified;

import java.time.Instant;
import java.util.Set;

/**
 * A division's evaluation of its relationship with a customer (C6): its judgement of the account ({@link Assessment})
 * and the latest classification into a tier, with their history. Its id is the account's; a change of tier is
 * announced.
 */
public class Evaluation extends ArchiveRoot {

    private Assessment assessment;
    private Classification classification;

    private Evaluation() {
    }

    /** The evaluation of an account not evaluated yet: nothing judged, no tier. */
    public static Evaluation of(String accountId, String customerId, String divisionId) {
        Evaluation evaluation = new Evaluation();
        evaluation.identify(accountId, customerId, divisionId);
        evaluation.assessment = Assessment.NONE;
        return evaluation;
    }

    public void assess(Assessment next, String by, Instant now) {
        keep(log(by, now).record("ASSESSMENT", "", assessment(), next, Set.of()));
        assessment = next;
    }

    /** Stores a new classification; a change of tier is kept in the history and announced. */
    public void classify(Classification next, String by) {
        Tier previous = classification == null ? null : classification.tier();
        classification = next;
        if (previous != next.tier()) {
            keep(log(by, next.at()).field("CLASSIFICATION", "tier", previous, next.tier(), false));
            recordEvent(new CustomerClassified(customerId(), divisionId(), next.tier().name(),
                    previous == null ? null : previous.name(), next.score(), next.reasons()), divisionId());
        }
    }


    public Assessment assessment() {
        return assessment == null ? Assessment.NONE : assessment;
    }

    /** The latest classification; {@code null} before the first. */
    public Classification classification() {
        return classification;
    }
}
