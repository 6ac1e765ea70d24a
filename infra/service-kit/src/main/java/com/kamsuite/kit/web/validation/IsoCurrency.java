package com.kamsuite.kit.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code of a currency money can be kept in, as {@link com.kamsuite.kit.domain.Money} accepts it (ISO 4217, known to
 * {@link java.util.Currency}; not XXX, not a typo such as ZZZ). {@code null} is valid: say {@code @NotNull} beside it.
 */
@Documented
@Constraint(validatedBy = IsoCurrencyValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrency {

    String message() default "{kam.validation.currency}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
