package com.kamsuite.teamincentive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    @Test
    void theOpenApiDocumentDescribesThePublicPathsWithExamples() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.paths['/api/org/people/{personId}/reporting-lines'].post.responses['409']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/quotas/plans/{planId}/allocations'].put.responses['422']", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.paths['/api/incentives/payouts/{runId}/approval'].post", v -> assertThat(v).isNotNull())
                .hasPathSatisfying("$.components.schemas.RegisterPersonRequest.properties.personId.example",
                        v -> assertThat(v).asString().isEqualTo("liu.yang"))
                .hasPathSatisfying("$.components.schemas.BonusPlanRules.properties.baseRate.example", v -> assertThat(v).isNotNull());
    }
}
