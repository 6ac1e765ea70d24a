package com.kamsuite.opportunity.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list: its items, which page (from 0) of what size, and how many there are in all. Every list
 * endpoint takes {@code page} and {@code size} (1 to {@value #MAX_SIZE}; a larger size is a 400, never a silent cap).
 */
public record PageView<T>(List<T> items,
                          @Schema(example = "0") int page,
                          @Schema(example = "20") int size,
                          @Schema(example = "137") long totalItems,
                          @Schema(example = "7") int totalPages) {

    public static final int MAX_SIZE = 100;
    public static final String SIZE_DOC = "page size, 1 to 100 (default 20); a larger size is refused with 400";

    public static <T> PageView<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageView<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
