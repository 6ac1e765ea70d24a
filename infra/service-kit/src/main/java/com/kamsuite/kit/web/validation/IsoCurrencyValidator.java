package com.kamsuite.kit.web.validation;

import com.kamsuite.kit.domain.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Accepts what {@link Money} accepts as its currency. */
public class IsoCurrencyValidator implements ConstraintValidator<IsoCurrency, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null) {
            return true;
        }
        try {
            Money.requireCurrency(code);
            return true;
        } catch (IllegalArgumentException notACurrency) {
            return false;
        }
    }
}
