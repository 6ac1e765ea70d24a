package com.kamsuite.opportunity.opportunity.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A move through the funnel: from where to where, the win probability it gave, who, when, and why (moving back, losing). */
public record StageMove(Stage from, Stage to, BigDecimal probability, Instant at, String by, String reason,
                        String winningCompetitor) {
}
