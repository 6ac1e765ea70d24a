package com.kamsuite.teamincentive.sales.application;

import java.time.LocalDate;
import java.util.Set;

/**
 * What another feature does when the credits of an opportunity in the sales ledger changed (won, re-won with another
 * split, or reversed): quota attainment is recomputed for the people concerned. The ledger calls it after it has
 * applied the event, and knows no follow-up by name, so that the ledger does not depend on the features that read it.
 */
public interface CreditsFollowUp {

    /** Safe to repeat: called again for the same credits, it changes nothing. */
    void creditsChanged(String divisionId, String opportunityId, LocalDate wonOn, Set<String> people);
}
