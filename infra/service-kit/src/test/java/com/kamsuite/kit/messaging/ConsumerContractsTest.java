package com.kamsuite.kit.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.Topics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsumerContractsTest {

    private final ConsumerContracts contracts = ConsumerContracts.fromAsyncApi();

    private static EventHandlers.Builder allButOneQuotaType() {
        return EventHandlers.builder().on(EventCatalog.QUOTA_APPROVED, event -> { });
    }

    @Test
    void aConsumerThatHandlesOrIgnoresEveryTypeOfItsChannelKeepsItsContract() {
        EventHandlers handlers = allButOneQuotaType()
                .ignore(EventCatalog.QUOTA_ATTAINMENT_CHANGED, "shows no attainment").build();

        assertThat(contracts.violations("quotaEvents-in-0", Topics.QUOTA, handlers)).isEmpty();
    }

    @Test
    void aTypeOfTheChannelNeitherHandledNorIgnoredIsABreach() {
        assertThat(contracts.violations("quotaEvents-in-0", Topics.QUOTA, allButOneQuotaType().build()))
                .containsExactly("quotaEvents-in-0 neither handles nor ignores " + EventCatalog.QUOTA_ATTAINMENT_CHANGED.name()
                        + " of " + Topics.QUOTA);
    }

    @Test
    void aTypeBothHandledAndIgnoredIsABreach() {
        EventHandlers handlers = allButOneQuotaType()
                .ignore(EventCatalog.QUOTA_APPROVED, "contradicts the handler")
                .ignore(EventCatalog.QUOTA_ATTAINMENT_CHANGED, "shows no attainment").build();

        assertThat(contracts.violations("quotaEvents-in-0", Topics.QUOTA, handlers))
                .containsExactly("quotaEvents-in-0 both handles and ignores " + EventCatalog.QUOTA_APPROVED.name());
    }

    @Test
    void aTypeOfAnotherChannelIsABreach() {
        EventHandlers handlers = allButOneQuotaType()
                .ignore(EventCatalog.QUOTA_ATTAINMENT_CHANGED, "shows no attainment")
                .ignore(EventCatalog.OPPORTUNITY_WON, "not on this topic").build();

        assertThat(contracts.violations("quotaEvents-in-0", Topics.QUOTA, handlers))
                .containsExactly("quotaEvents-in-0 declares " + EventCatalog.OPPORTUNITY_WON.name() + ", which "
                        + Topics.QUOTA + " does not carry");
    }

    @Test
    void aBindingOnAnUndocumentedTopicIsABreach() {
        assertThat(contracts.violations("x-in-0", "kam.nowhere.v1", allButOneQuotaType().build()))
                .singleElement().asString().contains("kam.nowhere.v1");
    }

    @Test
    void ignoringNeedsAReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EventHandlers.builder().ignore(EventCatalog.QUOTA_APPROVED, " "));
    }
}
