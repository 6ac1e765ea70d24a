package com.kamsuite.opportunity.opportunity.application;

import com.kamsuite.opportunity.opportunity.domain.FunnelRules;

/**
 * Where an opportunity finds the funnel rules of its division (O2). The funnel feature keeps and changes them; the
 * opportunity only reads them, through this port, so that the two features do not need each other.
 */
public interface DivisionFunnelRules {

    FunnelRules rules(String divisionId);
}
