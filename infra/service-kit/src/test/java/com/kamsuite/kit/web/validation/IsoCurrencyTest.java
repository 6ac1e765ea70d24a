package com.kamsuite.kit.web.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoCurrencyTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Price(@IsoCurrency String currency) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void theCodeOfARealCurrencyIsValid() {
        assertThat(VALIDATOR.validate(new Price("CNY"))).isEmpty();
        assertThat(VALIDATOR.validate(new Price(null))).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedOnItsField() {
        for (String code : new String[] {"ZZZ", "XXX", "cny", "CN"}) {
            assertThat(VALIDATOR.validate(new Price(code))).extracting(ConstraintViolation::getPropertyPath)
                    .extracting(Object::toString).containsExactly("currency");
        }
    }
}
