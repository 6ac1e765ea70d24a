package com.kamsuite.forecast.shared.web;

/**
 * Who may call what, as {@code @PreAuthorize} expressions. Division isolation is separate: every application service
 * scopes by the caller's division, and which forecasts a person may read follows the reporting lines.
 */
public final class Access {

    public static final String STAFF = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD',"
            + "'SALES_OPERATIONS','FINANCE','HR')";
    /** The people who forecast: account managers and every level above them up to the division head. */
    public static final String FORECASTERS = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD')";
    /** Forecasters and sales operations, who read every forecast of the division. */
    public static final String FORECAST_READERS = "hasAnyRole('ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'DIVISION_HEAD','SALES_OPERATIONS')";
    /** Only sales operations set the forecast principles. */
    public static final String SALES_OPERATIONS = "hasRole('SALES_OPERATIONS')";
    public static final String DIVISION_HEAD = "hasRole('DIVISION_HEAD')";
    /** The channel comparison and the monitoring of timeliness: management and sales operations. */
    public static final String MANAGEMENT = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','DIVISION_HEAD','SALES_OPERATIONS')";
    public static final String DIVISION_MANAGEMENT = "hasAnyRole('SALES_DIRECTOR','DIVISION_HEAD','SALES_OPERATIONS')";
    /** Channel partners, on the partner API only. */
    public static final String PARTNER = "hasRole('PARTNER')";

    private Access() {
    }
}
