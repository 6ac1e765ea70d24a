package com.kamsuite.forecast.pipeline.domain;

import com.kamsuite.kit.domain.UnitOfMeasure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An opportunity as forecast-service replicates it from opportunity events: enough for a forecast line (F2) and, once
 * won, for the actual of forecast accuracy (F6). Only confirmed opportunities enter forecasts (O8).
 */
public record PipelineOpportunity(String opportunityId, String customerId, String name, String ownerId, String stage,
                                  BigDecimal probability, BigDecimal amount, String currency, LocalDate expectedCloseDate,
                                  List<Product> products, boolean confirmed, Status status, LocalDate wonOn) {

    public PipelineOpportunity {
        products = products == null ? List.of() : List.copyOf(products);
    }

    public enum Status {
        OPEN, WON, LOST
    }

    /**
     * A product of the opportunity: quantity in its unit of measure (a UN/CEFACT code, C62 where the event named none),
     * unit price (quoted, else desired; null when neither) and delivery month.
     */
    public record Product(String productCode, String productName, BigDecimal quantity, BigDecimal unitPrice,
                          YearMonth deliveryMonth, String unit) {

        public Product {
            unit = UnitOfMeasure.ofNullable(unit).code();
        }
    }
}
