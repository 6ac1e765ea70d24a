package com.kamsuite.console.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The pipeline as opportunity-service answers it (GET /api/opportunities/pipeline, …/pipeline/board). */
public final class PipelineViews {

    private PipelineViews() {
    }

    public record Item(String id, String name, String customerId, String customerName, String ownerId, String ownerName,
                       String stage, String status, BigDecimal amount, String currency, BigDecimal probability,
                       BigDecimal weightedAmount, LocalDate expectedCloseDate, boolean confirmed) {

        /** The message key of its stage: 01–07, or WON / LOST for stage 08. */
        public String stageKey() {
            return "OPEN".equals(status) ? "stage." + stage : "stage." + status;
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }
    }

    /** Count, amount and weighted amount of one currency (amounts are never converted). */
    public record Total(String currency, long count, BigDecimal amount, BigDecimal weightedAmount) {
    }

    public record Page(List<Item> items, int page, int size, long totalItems, int totalPages, List<Total> totals) {

        public Page {
            items = items == null ? List.of() : items;
            totals = totals == null ? List.of() : totals;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    public record Column(String stage, String status, long count, List<Total> totals, List<Item> cards) {

        public Column {
            totals = totals == null ? List.of() : totals;
            cards = cards == null ? List.of() : cards;
        }

        public String key() {
            return "OPEN".equals(status) ? "stage." + stage : "stage." + status;
        }

        public boolean hasMore() {
            return count > cards.size();
        }
    }

    public record Board(List<Column> columns, List<Total> totals) {

        public Board {
            columns = columns == null ? List.of() : columns;
            totals = totals == null ? List.of() : totals;
        }
    }

    public record Person(String personId, String name, List<String> roles, String superiorId, boolean active) {

        public String displayName() {
            return name == null || name.isBlank() ? personId : name;
        }
    }

    public record People(List<Person> items, int page, int size, long totalItems, int totalPages) {

        public People {
            items = items == null ? List.of() : items;
        }
    }
}
