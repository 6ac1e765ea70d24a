package com.kamsuite.opportunity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIntegrationTest extends OpportunityServiceIntegrationTest {

    @Test
    void theOpenApiDocumentDescribesThePublicPathsWithExamples() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.paths['/api/opportunities/{id}/stage-moves'].post.responses['422']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/opportunities/{id}/owner-change'].post.responses['403']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/opportunities/{id}/confirmation'].post", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/opportunities/funnel-health'].get", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/partner/v1/tenders/{tenderId}/participation'].put", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.components.schemas.ProductRequest.properties.deliveryMonth.example",
                        v -> assertThat(v).asString().isEqualTo("2027-05"))
                .hasPathSatisfying("$.components.schemas.TenderChange.properties.what", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.components.schemas.FunnelSettingsChange.properties.probabilities", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.components.schemas.LossRequest.properties.winningCompetitor.example",
                        v -> assertThat(v).asString().isEqualTo("ABB"));
    }
}
