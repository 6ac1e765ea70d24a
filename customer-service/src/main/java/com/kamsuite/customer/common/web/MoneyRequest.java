package com.kamsuite.customer.common.web;

import com.kamsuite.customer.common.domain.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

@Schema(name = "Money", description = "An amount in a currency (ISO 4217)")
public record MoneyRequest(
        @Schema(example = "1200000.00") @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public static Money toMoney(MoneyRequest request) {
        return request == null ? null : request.toMoney();
    }
}
