package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.teamincentive.shared.domain.Period;

import java.math.BigDecimal;

/** What a locked (approved) statement paid a person for a period: the base of a later clawback. */
public record PaidFigures(Period period, BigDecimal revenue, BigDecimal earned) {
}
