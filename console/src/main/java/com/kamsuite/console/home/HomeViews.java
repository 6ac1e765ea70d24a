package com.kamsuite.console.home;

import java.time.LocalDate;
import java.util.List;

/** What the home page reads besides the pipeline: my due action items, my next forecast deadline. */
public final class HomeViews {

    private HomeViews() {
    }

    public record DueItem(String id, String description, LocalDate dueDate, boolean overdue, String opportunityId,
                   String opportunityName, String customerId, String customerName) {
    }

    public record DueItems(List<DueItem> items, int page, int size, long totalItems, int totalPages) {

        public DueItems {
            items = items == null ? List.of() : items;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    public record Deadline(String period, LocalDate deadline, String timeZone, boolean submitted) {

        public long daysLeft(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        }
    }
}
