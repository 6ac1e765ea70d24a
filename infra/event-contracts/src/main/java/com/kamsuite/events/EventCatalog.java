package com.kamsuite.events;

import com.kamsuite.events.customer.CustomerAssigned;
import com.kamsuite.events.customer.CustomerClassified;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.events.customer.CustomerSatisfactionRecorded;
import com.kamsuite.events.forecast.ForecastPublished;
import com.kamsuite.events.forecast.ForecastPublishedV2;
import com.kamsuite.events.forecast.ForecastRevised;
import com.kamsuite.events.forecast.ForecastSubmitted;
import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityOwnerChanged;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityStageChanged;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.events.incentive.BonusPlanApproved;
import com.kamsuite.events.incentive.BonusPlanPublished;
import com.kamsuite.events.incentive.PayoutApproved;
import com.kamsuite.events.incentive.PayoutCalculated;
import com.kamsuite.events.org.AssignmentRulesPublished;
import com.kamsuite.events.org.OrgUnitChanged;
import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.events.quota.QuotaApproved;
import com.kamsuite.events.quota.QuotaAttainmentChanged;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the suite. A type not listed here is unknown, and its records go to the dead-letter topic. */
public final class EventCatalog {

    public static final EventType<CustomerRegistered> CUSTOMER_REGISTERED =
            new EventType<>("kam.customer.registered.v1", Topics.CUSTOMER, CustomerRegistered.class);
    public static final EventType<CustomerMerged> CUSTOMER_MERGED =
            new EventType<>("kam.customer.merged.v1", Topics.CUSTOMER, CustomerMerged.class);
    public static final EventType<CustomerAssigned> CUSTOMER_ASSIGNED =
            new EventType<>("kam.customer.assigned.v1", Topics.CUSTOMER, CustomerAssigned.class);
    public static final EventType<CustomerClassified> CUSTOMER_CLASSIFIED =
            new EventType<>("kam.customer.classified.v1", Topics.CUSTOMER, CustomerClassified.class);

    public static final EventType<CustomerSatisfactionRecorded> CUSTOMER_SATISFACTION_RECORDED =
            new EventType<>("kam.customer.satisfaction-recorded.v1", Topics.CUSTOMER, CustomerSatisfactionRecorded.class);

    public static final EventType<ForecastSubmitted> FORECAST_SUBMITTED =
            new EventType<>("kam.forecast.submitted.v1", Topics.FORECAST, ForecastSubmitted.class);
    public static final EventType<ForecastRevised> FORECAST_REVISED =
            new EventType<>("kam.forecast.revised.v1", Topics.FORECAST, ForecastRevised.class);
    /** The public contract for production planning; deprecated, published beside v2 for one release. */
    public static final EventType<ForecastPublished> FORECAST_PUBLISHED =
            new EventType<>("kam.forecast.published.v1", Topics.FORECAST_PUBLISHED, ForecastPublished.class);
    /** The public contract for production planning: items that add up to the total, whole units with their unit. */
    public static final EventType<ForecastPublishedV2> FORECAST_PUBLISHED_V2 =
            new EventType<>("kam.forecast.published.v2", Topics.FORECAST_PUBLISHED_V2, ForecastPublishedV2.class);

    public static final EventType<OpportunityCreated> OPPORTUNITY_CREATED =
            new EventType<>("kam.opportunity.created.v1", Topics.OPPORTUNITY, OpportunityCreated.class);
    public static final EventType<OpportunityWon> OPPORTUNITY_WON =
            new EventType<>("kam.opportunity.won.v1", Topics.OPPORTUNITY, OpportunityWon.class);
    public static final EventType<OpportunityLost> OPPORTUNITY_LOST =
            new EventType<>("kam.opportunity.lost.v1", Topics.OPPORTUNITY, OpportunityLost.class);
    public static final EventType<OpportunityStageChanged> OPPORTUNITY_STAGE_CHANGED =
            new EventType<>("kam.opportunity.stage-changed.v1", Topics.OPPORTUNITY, OpportunityStageChanged.class);
    public static final EventType<OpportunityOwnerChanged> OPPORTUNITY_OWNER_CHANGED =
            new EventType<>("kam.opportunity.owner-changed.v1", Topics.OPPORTUNITY, OpportunityOwnerChanged.class);
    public static final EventType<OpportunityConfirmed> OPPORTUNITY_CONFIRMED =
            new EventType<>("kam.opportunity.confirmed.v1", Topics.OPPORTUNITY, OpportunityConfirmed.class);
    public static final EventType<OpportunityRevised> OPPORTUNITY_REVISED =
            new EventType<>("kam.opportunity.revised.v1", Topics.OPPORTUNITY, OpportunityRevised.class);

    public static final EventType<AssignmentRulesPublished> ASSIGNMENT_RULES_PUBLISHED =
            new EventType<>("kam.org.assignment-rules-published.v1", Topics.ORG, AssignmentRulesPublished.class);
    public static final EventType<ReportingLineChanged> REPORTING_LINE_CHANGED =
            new EventType<>("kam.org.reporting-line-changed.v1", Topics.ORG, ReportingLineChanged.class);
    public static final EventType<OrgUnitChanged> ORG_UNIT_CHANGED =
            new EventType<>("kam.org.unit-changed.v1", Topics.ORG, OrgUnitChanged.class);
    public static final EventType<QuotaApproved> QUOTA_APPROVED =
            new EventType<>("kam.quota.approved.v1", Topics.QUOTA, QuotaApproved.class);
    public static final EventType<QuotaAttainmentChanged> QUOTA_ATTAINMENT_CHANGED =
            new EventType<>("kam.quota.attainment-changed.v1", Topics.QUOTA, QuotaAttainmentChanged.class);
    public static final EventType<BonusPlanApproved> BONUS_PLAN_APPROVED =
            new EventType<>("kam.incentive.plan-approved.v1", Topics.INCENTIVE, BonusPlanApproved.class);
    public static final EventType<BonusPlanPublished> BONUS_PLAN_PUBLISHED =
            new EventType<>("kam.incentive.plan-published.v1", Topics.INCENTIVE, BonusPlanPublished.class);
    public static final EventType<PayoutCalculated> PAYOUT_CALCULATED =
            new EventType<>("kam.incentive.payout-calculated.v1", Topics.INCENTIVE, PayoutCalculated.class);
    public static final EventType<PayoutApproved> PAYOUT_APPROVED =
            new EventType<>("kam.incentive.payout-approved.v1", Topics.INCENTIVE, PayoutApproved.class);

    private static final List<EventType<?>> ALL = List.of(
            // customer-service
            CUSTOMER_REGISTERED, CUSTOMER_MERGED, CUSTOMER_ASSIGNED, CUSTOMER_CLASSIFIED, CUSTOMER_SATISFACTION_RECORDED,
            // forecast-service
            FORECAST_SUBMITTED, FORECAST_REVISED, FORECAST_PUBLISHED, FORECAST_PUBLISHED_V2,
            // opportunity-service
            OPPORTUNITY_CREATED, OPPORTUNITY_WON, OPPORTUNITY_LOST, OPPORTUNITY_STAGE_CHANGED, OPPORTUNITY_OWNER_CHANGED,
            OPPORTUNITY_CONFIRMED, OPPORTUNITY_REVISED,
            // team-incentive-service
            ASSIGNMENT_RULES_PUBLISHED, REPORTING_LINE_CHANGED, ORG_UNIT_CHANGED, QUOTA_APPROVED, QUOTA_ATTAINMENT_CHANGED,
            BONUS_PLAN_APPROVED, BONUS_PLAN_PUBLISHED, PAYOUT_CALCULATED, PAYOUT_APPROVED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_DATA_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    @SuppressWarnings("unchecked")
    public static <T> EventType<T> of(Class<T> dataClass) {
        EventType<?> type = BY_DATA_CLASS.get(dataClass);
        if (type == null) {
            throw new IllegalArgumentException("not an event of the catalogue: " + dataClass.getName());
        }
        return (EventType<T>) type;
    }
}
