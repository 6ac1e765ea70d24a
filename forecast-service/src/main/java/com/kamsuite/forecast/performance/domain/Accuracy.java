package com.kamsuite.forecast.performance.domain;

import com.kamsuite.forecast.shared.domain.Money;

import java.math.BigDecimal;

/**
 * F6: how close a forecast came to what was won. {@code variance} = actual − forecast; {@code accuracyPercent} =
 * 100 − |variance| / actual × 100, floored at 0, half-up to 2 decimals (with nothing won: 100 if nothing was
 * forecast, else 0); {@code biasPercent} = (forecast − actual) / actual × 100 (null with nothing won), positive for
 * over-forecasting.
 */
public record Accuracy(BigDecimal forecast, BigDecimal actual, BigDecimal variance, BigDecimal accuracyPercent,
                       BigDecimal biasPercent) {

    public static Accuracy of(BigDecimal forecast, BigDecimal actual) {
        BigDecimal variance = actual.subtract(forecast);
        BigDecimal accuracy;
        if (actual.signum() == 0) {
            accuracy = forecast.signum() == 0 ? Money.HUNDRED.setScale(Money.SCALE) : Money.ZERO;
        } else {
            accuracy = Money.HUNDRED.subtract(Money.ratio(variance.abs(), actual)).max(Money.ZERO);
        }
        return new Accuracy(forecast, actual, variance, accuracy, Money.ratio(forecast.subtract(actual), actual));
    }
}
