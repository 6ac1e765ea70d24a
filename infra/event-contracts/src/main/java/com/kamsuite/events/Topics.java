package com.kamsuite.events;

/** Kafka topics: one per aggregate stream, keyed by aggregate id, plus the public forecast contract. */
public final class Topics {

    public static final String CUSTOMER = "kam.customer.v1";
    public static final String OPPORTUNITY = "kam.opportunity.v1";
    public static final String FORECAST = "kam.forecast.v1";
    public static final String ORG = "kam.org.v1";
    public static final String QUOTA = "kam.quota.v1";
    public static final String INCENTIVE = "kam.incentive.v1";
    /** The public contract for production planning; its consumers are outside the suite. */
    public static final String FORECAST_PUBLISHED = "kam.forecast.published.v1";
    /**
     * Version 2 of the public contract, on a topic of its own: both topics are keyed {@code <divisionId>:<period>}, and
     * a consumer compacting one topic by key would otherwise lose the records of the other version.
     */
    public static final String FORECAST_PUBLISHED_V2 = "kam.forecast.published.v2";

    private Topics() {
    }

    /** Where a consumer group sends the records it cannot process. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
