package com.kamsuite.opportunity.opportunity.web;

import com.kamsuite.opportunity.opportunity.domain.AssessmentDimension;
import com.kamsuite.opportunity.opportunity.domain.AssessmentQuestion;
import com.kamsuite.opportunity.opportunity.domain.Contact;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.domain.OwnerChange;
import com.kamsuite.opportunity.opportunity.domain.ProductLine;
import com.kamsuite.opportunity.opportunity.domain.Revision;
import com.kamsuite.opportunity.opportunity.domain.StageMove;
import com.kamsuite.opportunity.opportunity.domain.TeamMember;
import com.kamsuite.opportunity.opportunity.domain.ValueAssessment;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the API answers: views built from the aggregate, never the stored document. */
final class OpportunityViews {

    private OpportunityViews() {
    }

    @Schema(name = "Product")
    record ProductView(String productCode, String productName, String configuration, BigDecimal quantity,
                       BigDecimal desiredPrice, BigDecimal quotedPrice, String deliveryMonth,
                       @Schema(example = "C62", description = "UN/CEFACT Recommendation 20 code of the unit the quantity is counted in") String unit) {

        static ProductView of(ProductLine p) {
            return new ProductView(p.productCode(), p.productName(), p.configuration(), p.quantity(), p.desiredPrice(),
                    p.quotedPrice(), p.deliveryMonth(), p.unit());
        }

        static List<ProductView> of(List<ProductLine> products) {
            return products.stream().map(ProductView::of).toList();
        }
    }

    @Schema(name = "OpportunitySummary")
    record OpportunitySummary(String id, String customerId, String name, BigDecimal amount, String currency,
                              LocalDate expectedCloseDate, String ownerId, String stage, String status,
                              BigDecimal probability, boolean confirmed) {

        static OpportunitySummary of(Opportunity o) {
            return new OpportunitySummary(o.id(), o.customerId(), o.name(), o.amount().amount(), o.amount().currency(),
                    o.expectedCloseDate(), o.ownerId(), o.stage().code(), statusOf(o), o.probability(), o.confirmed());
        }
    }

    @Schema(name = "Opportunity")
    record OpportunityView(String id, String customerId, String name, BigDecimal amount, String currency,
                           LocalDate expectedCloseDate, String source, List<ProductView> products, String ownerId,
                           String stage, String stageTask, String status, BigDecimal probability, LocalDate closedOn,
                           boolean confirmed, Instant confirmedAt, String createdBy, Instant createdAt, List<TeamMember> team,
                           List<Contact> contacts, AssessmentView latestAssessment, List<RevisionView> revisions,
                           List<StageMoveView> stageMoves, List<OwnerChange> ownerChanges) {

        static OpportunityView of(Opportunity o) {
            return new OpportunityView(o.id(), o.customerId(), o.name(), o.amount().amount(), o.amount().currency(),
                    o.expectedCloseDate(), o.source() == null ? null : o.source().name(), ProductView.of(o.products()),
                    o.ownerId(), o.stage().code(), o.stage().task(), statusOf(o), o.probability(), o.closedOn(),
                    o.confirmed(), o.confirmedAt(), o.createdBy(), o.createdAt(), o.team(), o.contacts(),
                    o.latestAssessment().map(AssessmentView::of).orElse(null),
                    o.revisions().stream().map(RevisionView::of).toList(),
                    o.stageMoves().stream().map(StageMoveView::of).toList(), o.ownerChanges());
        }
    }

    @Schema(name = "Revision")
    record RevisionView(int number, Instant at, String by, String customerId, String name, BigDecimal amount,
                        String currency, LocalDate expectedCloseDate, String source, List<ProductView> products,
                        String reason) {

        static RevisionView of(Revision r) {
            return new RevisionView(r.number(), r.at(), r.by(), r.customerId(), r.name(), r.amount().amount(),
                    r.amount().currency(), r.expectedCloseDate(), r.source() == null ? null : r.source().name(),
                    ProductView.of(r.products()), r.reason());
        }
    }

    @Schema(name = "StageMove")
    record StageMoveView(String from, String to, String status, BigDecimal probability, Instant at, String by,
                         String reason, String winningCompetitor) {

        static StageMoveView of(StageMove m) {
            return new StageMoveView(m.from() == null ? null : m.from().code(), m.to().code(), m.to().isOpen() ? "OPEN" : m.to().name(),
                    m.probability(), m.at(), m.by(), m.reason(), m.winningCompetitor());
        }
    }

    @Schema(name = "ValueAssessment")
    record AssessmentView(int number, Instant at, String by, int score, boolean highValue,
                          Map<AssessmentDimension, Integer> scoreByDimension, List<AssessmentQuestion> yes, String note) {

        static AssessmentView of(ValueAssessment a) {
            return new AssessmentView(a.number(), a.at(), a.by(), a.score(), a.highValue(), a.scoreByDimension(), a.yes(), a.note());
        }
    }

    private static String statusOf(Opportunity o) {
        return o.stage().isOpen() ? "OPEN" : o.stage().name();
    }
}
