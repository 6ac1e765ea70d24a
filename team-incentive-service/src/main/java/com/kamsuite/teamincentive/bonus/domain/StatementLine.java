package com.kamsuite.teamincentive.bonus.domain;

import java.math.BigDecimal;

/**
 * One line of a payout statement: a stable {@code code} (for translation and machines), the amount it adds (negative
 * for a deduction), and how it was computed, in words and numbers.
 */
public record StatementLine(String code, BigDecimal amount, String explanation) {
}
