package com.kamsuite.console.pipeline;

import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a pipeline page, exactly as they appear in its URL (so a link can be sent to a colleague) and as
 * they are passed on to opportunity-service. Unknown or malformed values are the service's to refuse.
 */
public record PipelineFilter(String scope, String ownerId, String customerId, String closePeriod, String stage,
                             String status, String q, String sort, String direction, Integer page, Integer size) {

    public static final String MINE = "MINE";
    public static final String TEAM = "TEAM";
    public static final String DIVISION = "DIVISION";

    public PipelineFilter withScope(String defaultScope) {
        return scope == null || scope.isBlank() ? new PipelineFilter(defaultScope, ownerId, customerId, closePeriod, stage,
                status, q, sort, direction, page, size) : this;
    }

    public PipelineFilter withCustomer(String customer) {
        return new PipelineFilter(scope, ownerId, customer, closePeriod, stage, status, q, sort, direction, null, size);
    }

    public PipelineFilter withoutCustomer() {
        return withCustomer(null);
    }

    /** The list of one column of the board: an open stage, or the won or lost ones of stage 08. */
    public PipelineFilter withColumn(String columnStage, String columnStatus) {
        boolean open = "OPEN".equals(columnStatus);
        return new PipelineFilter(scope, ownerId, customerId, closePeriod, open ? columnStage : null, columnStatus, q,
                "amount", "desc", null, size);
    }

    /** The same filters on another page. */
    public String pageUrl(String path, int target) {
        return url(path, sort, direction, target);
    }

    /** The same filters sorted by {@code field}; a second click on the current field reverses it. */
    public String sortUrl(String path, String field) {
        String next = field.equals(sort) && "asc".equals(direction) ? "desc" : "asc";
        return url(path, field, next, 0);
    }

    public String arrow(String field) {
        if (!field.equals(sort)) {
            return "";
        }
        return "asc".equals(direction) ? "▲" : "▼";
    }

    private String url(String path, String sortBy, String sortDirection, int target) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        new PipelineFilter(scope, ownerId, customerId, closePeriod, stage, status, q, sortBy, sortDirection,
                target > 0 ? target : null, size).applyTo(builder);
        return builder.encode().build().toUriString();
    }

    /** Puts the filters on a call to opportunity-service. */
    public UriBuilder applyTo(UriBuilder uri) {
        query(uri, "scope", scope);
        query(uri, "ownerId", ownerId);
        query(uri, "customerId", customerId);
        query(uri, "closePeriod", closePeriod);
        query(uri, "stage", stage);
        query(uri, "status", status);
        query(uri, "q", q);
        query(uri, "sort", sort);
        query(uri, "direction", direction);
        if (page != null) {
            uri.queryParam("page", page);
        }
        if (size != null) {
            uri.queryParam("size", size);
        }
        return uri;
    }

    private static void query(UriBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.trim());
        }
    }
}
