package com.kamsuite.customer.classification.web;

import com.kamsuite.customer.classification.application.AccountClassification;
import com.kamsuite.customer.classification.domain.Assessment;
import com.kamsuite.customer.classification.domain.Classification;
import com.kamsuite.customer.classification.domain.ClassificationWeights;
import com.kamsuite.customer.classification.domain.Evaluation;
import com.kamsuite.customer.common.web.Access;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Classification", description = "Key-account evaluation into strategic / key / normal, with the reasons (C6)")
class ClassificationController {

    private final AccountClassification classification;

    ClassificationController(AccountClassification classification) {
        this.classification = classification;
    }

    @Schema(name = "AssessmentRequest")
    record AssessmentRequest(@Schema(example = "4", description = "0–5") @Min(0) @Max(5) int industryInfluence,
                             @Schema(example = "5", description = "0–5") @Min(0) @Max(5) int strategicValue,
                             @Schema(example = "2", description = "0–5") @Min(0) @Max(5) int pricePressure,
                             @Schema(example = "75") @Min(0) @Max(720) Integer averagePaymentDays) {
    }

    @Schema(name = "ClassificationWeights", description = "Percent; volume+pareto+growth+influence+strategic = 100")
    record WeightsRequest(@Schema(example = "30") @Min(0) @Max(100) int volume,
                          @Schema(example = "20") @Min(0) @Max(100) int pareto,
                          @Schema(example = "15") @Min(0) @Max(100) int growth,
                          @Schema(example = "15") @Min(0) @Max(100) int influence,
                          @Schema(example = "20") @Min(0) @Max(100) int strategic,
                          @Schema(example = "20") @Min(0) @Max(100) int risk,
                          @Schema(example = "60") @Min(0) @Max(100) int strategicThreshold,
                          @Schema(example = "35") @Min(0) @Max(100) int keyThreshold,
                          @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    @Schema(name = "Evaluation", description = "The division's judgement of the account and its latest classification (none before the first)")
    record EvaluationView(String customerId, String divisionId, Assessment assessment, Classification classification) {

        static EvaluationView of(Evaluation evaluation) {
            return new EvaluationView(evaluation.customerId(), evaluation.divisionId(), evaluation.assessment(),
                    evaluation.classification());
        }
    }

    @Schema(name = "Recomputed")
    record RecomputedView(int accounts) {
    }

    @PutMapping("/api/customers/{id}/account/assessment")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Judge influence, strategic value and risk; the account is re-evaluated at once")
    EvaluationView assess(@PathVariable String id, @Valid @RequestBody AssessmentRequest r, CurrentUser user) {
        return EvaluationView.of(classification.assess(id, new Assessment(r.industryInfluence(), r.strategicValue(),
                r.pricePressure(), r.averagePaymentDays()), user));
    }

    @PostMapping("/api/customers/{id}/account/classification")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Re-evaluate one account now", description = "`kam.customer.classified.v1` when its tier changes.")
    EvaluationView reclassify(@PathVariable String id, CurrentUser user) {
        return EvaluationView.of(classification.reclassify(id, user));
    }

    @PostMapping("/api/customers/classification/recompute")
    @PreAuthorize(Access.MANAGE)
    @Operation(summary = "Re-evaluate every account of the division now")
    RecomputedView recompute(CurrentUser user) {
        return new RecomputedView(classification.recomputeDivision(user.divisionId(), user.personId()));
    }

    @GetMapping("/api/customers/classification/weights")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The division's classification weights")
    ClassificationWeights weights(CurrentUser user) {
        return classification.weightsOf(user.divisionId());
    }

    @PutMapping("/api/customers/classification/weights")
    @PreAuthorize(Access.OPERATIONS)
    @Operation(summary = "Set the division's classification weights; every account is re-evaluated")
    ClassificationWeights setWeights(@Valid @RequestBody WeightsRequest r, CurrentUser user) {
        ClassificationWeights weights = new ClassificationWeights(r.volume(), r.pareto(), r.growth(), r.influence(),
                r.strategic(), r.risk(), r.strategicThreshold(), r.keyThreshold(), r.currency());
        classification.setWeights(user.divisionId(), weights);
        return weights;
    }
}
