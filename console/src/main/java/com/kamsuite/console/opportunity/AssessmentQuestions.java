package com.kamsuite.console.opportunity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The twenty questions of the value assessment (O3) in their four dimensions, in the order opportunity-service
 * defines them; their texts are the console's messages ({@code assessment.<QUESTION>}).
 */
public final class AssessmentQuestions {

    public static final Map<String, List<String>> BY_DIMENSION = new LinkedHashMap<>();

    static {
        BY_DIMENSION.put("IS_THERE_AN_OPPORTUNITY", List.of("APPLICATION_CLEAR", "OPERATING_PROFIT_KNOWN", "FINANCIALLY_STRONG",
                "FUNDS_PREPARED", "COMPELLING_EVENT_CLEAR"));
        BY_DIMENSION.put("ARE_WE_COMPETITIVE", List.of("FORMAL_CRITERIA_CLEAR", "SOLUTION_GOOD", "RESOURCES_NEEDED_LOW",
                "RELATIONSHIP_STRONG", "UNIQUE_VALUE_STRONG"));
        BY_DIMENSION.put("CAN_WE_WIN", List.of("INTERNAL_SUPPORT_STRONG", "PEOPLE_CREDIBLE", "CULTURAL_FIT_GOOD",
                "INFORMAL_CRITERIA_CLEAR", "POLITICAL_ALLIANCES_STRONG"));
        BY_DIMENSION.put("IS_IT_WORTH_WINNING", List.of("NEAR_TERM_REVENUE_HIGH", "LONG_TERM_REVENUE_HIGH", "MARGIN_HIGH",
                "RISK_LOW", "STRATEGIC_VALUE_PRESENT"));
    }

    public static List<String> all() {
        return BY_DIMENSION.values().stream().flatMap(List::stream).toList();
    }

    private AssessmentQuestions() {
    }
}
