package com.kamsuite.opportunity.opportunity.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value assessment (O3): every one of the twenty questions answered yes or no; each yes scores 1; a total above
 * {@value #HIGH_VALUE_ABOVE} makes a high-value opportunity. Kept as history: a new assessment never replaces an old one.
 */
public record ValueAssessment(int number, Instant at, String by, List<AssessmentQuestion> yes, String note) {

    public static final int HIGH_VALUE_ABOVE = 10;

    public ValueAssessment {
        yes = yes == null ? List.of() : List.copyOf(EnumSet.copyOf(yes.isEmpty() ? EnumSet.noneOf(AssessmentQuestion.class) : yes));
    }

    /** An assessment from an answer to every question; a question left unanswered is refused, not taken as no. */
    public static ValueAssessment of(int number, Instant at, String by, Map<AssessmentQuestion, Boolean> answers, String note) {
        Set<AssessmentQuestion> missing = EnumSet.allOf(AssessmentQuestion.class);
        missing.removeAll(answers.keySet());
        answers.forEach((question, answer) -> {
            if (answer == null) {
                missing.add(question);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("every question needs a yes or no answer; unanswered: " + missing);
        }
        List<AssessmentQuestion> yes = answers.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        return new ValueAssessment(number, at, by, yes, note);
    }

    public int score() {
        return yes.size();
    }

    public boolean highValue() {
        return score() > HIGH_VALUE_ABOVE;
    }

    public Map<AssessmentDimension, Integer> scoreByDimension() {
        Map<AssessmentDimension, Integer> scores = new EnumMap<>(AssessmentDimension.class);
        for (AssessmentDimension dimension : AssessmentDimension.values()) {
            scores.put(dimension, 0);
        }
        yes.forEach(question -> scores.merge(question.dimension(), 1, Integer::sum));
        return scores;
    }
}
