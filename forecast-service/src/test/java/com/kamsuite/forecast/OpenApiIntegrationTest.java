package com.kamsuite.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIntegrationTest extends ForecastServiceIntegrationTest {

    @Test
    void theOpenApiDocumentDescribesThePublicPathsWithExamples() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.paths['/api/forecasts'].post.responses['409']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/forecasts/{forecastId}/lines/{opportunityId}'].put.responses['422']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/partner/v1/forecasts'].post.responses['422']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/forecasts/division/{period}/finalisation'].post", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/forecasts/timeliness'].get", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.components.schemas.NewForecastRequest.properties.period.example",
                        v -> assertThat(v).asString().isEqualTo("2027-Q1"))
                .hasPathSatisfying("$.components.schemas.PartnerForecastLine.properties.productCode.example",
                        v -> assertThat(v).asString().isEqualTo("TX-500"))
                .hasPathSatisfying("$.components.schemas.ForecastPrinciplesRequest.properties.weighting.example",
                        v -> assertThat(v).asString().isEqualTo("STAGE_PROBABILITY"));
    }
}
