package com.kamsuite.forecast.division;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventSchemas;
import com.kamsuite.events.Topics;
import com.kamsuite.events.forecast.ForecastPublished;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented example of the public contract is a valid message, as production planning would read it. */
class PublishedContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAsyncApiExampleOfThePublishedForecastMatchesItsSchemaAndAddsUp() throws IOException {
        Map<String, Object> asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kam/events/asyncapi.yaml")) {
            asyncApi = new Yaml().load(in);
        }
        var channels = (Map<String, Map<String, Object>>) asyncApi.get("channels");
        assertThat(channels.get("forecastPublished").get("address")).isEqualTo(Topics.FORECAST_PUBLISHED);
        assertThat((String) channels.get("forecastPublished").get("description")).contains("supersedes", "<divisionId>:<period>");
        var messages = (Map<String, Map<String, Object>>) ((Map<String, Object>) asyncApi.get("components")).get("messages");
        var example = (Map<String, Object>) ((List<Map<String, Object>>) messages.get("forecastPublished").get("examples")).get(0).get("payload");

        byte[] json = EventJson.write(example);

        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED, json)).isEmpty();
        ForecastPublished published = EventJson.read(json, ForecastPublished.class);
        assertThat(published.items().stream().map(ForecastPublished.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(published.totalAmount());
        assertThat(published.version()).isGreaterThan(1);
    }
}
