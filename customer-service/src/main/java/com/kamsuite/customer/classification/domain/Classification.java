package com.kamsuite.customer.classification.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The result of key-account evaluation: the tier, the score (0–100), each dimension's score and the reasons. */
public record Classification(Tier tier, BigDecimal score, Map<String, Integer> dimensions, List<String> reasons,
                             Instant at) {
}
