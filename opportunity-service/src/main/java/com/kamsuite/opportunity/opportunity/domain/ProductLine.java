package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.events.opportunity.OpportunityProduct;
import com.kamsuite.kit.domain.UnitOfMeasure;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One product of an opportunity (O1): what production planning needs (product, configuration, quantity in its unit
 * of measure, delivery month) and the customer's desired and our quoted unit price, in the opportunity's currency.
 * The delivery month is kept as {@code yyyy-MM} text so every MongoDB endpoint stores it the same way; the unit is a
 * UN/CEFACT code ({@link UnitOfMeasure}), C62 (one) where none was given.
 */
public record ProductLine(String productCode, String productName, String configuration, BigDecimal quantity,
                          BigDecimal desiredPrice, BigDecimal quotedPrice, String deliveryMonth, String unit) {

    public ProductLine {
        if (productCode == null || productCode.isBlank()) {
            throw new IllegalArgumentException("a product needs a product code");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("a product quantity is more than zero");
        }
        if (desiredPrice != null && desiredPrice.signum() < 0 || quotedPrice != null && quotedPrice.signum() < 0) {
            throw new IllegalArgumentException("a price is zero or more");
        }
        if (deliveryMonth == null) {
            throw new IllegalArgumentException("a product needs a delivery month");
        }
        deliveryMonth = YearMonth.parse(deliveryMonth).toString();
        unit = UnitOfMeasure.ofNullable(unit).code();
        productCode = productCode.strip();
        quantity = Decimals.normalised(quantity);
        desiredPrice = Decimals.normalised(desiredPrice);
        quotedPrice = Decimals.normalised(quotedPrice);
    }

    public OpportunityProduct toEvent() {
        return new OpportunityProduct(productCode, productName, configuration, quantity, desiredPrice, quotedPrice,
                YearMonth.parse(deliveryMonth), unit);
    }
}
