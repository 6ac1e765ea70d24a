package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** A credit split (O4): only team members share, every share is above 0 with at most two decimals, together exactly 100. */
public class CreditSplitPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public void check(Map<String, BigDecimal> shares, Collection<String> members) {
        if (shares == null || shares.isEmpty()) {
            throw new IllegalArgumentException("a credit split names at least one member");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            if (!members.contains(share.getKey())) {
                throw new RuleViolationException("not-a-member", share.getKey() + " is not on the sales team", share.getKey());
            }
            BigDecimal percent = share.getValue();
            if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("a share is above 0 and at most 100 percent, with at most two decimals");
            }
            total = total.add(percent);
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new RuleViolationException("credit-split-not-100", "the shares add up to " + total.toPlainString() + ", not 100",
                    total.toPlainString());
        }
    }
}
