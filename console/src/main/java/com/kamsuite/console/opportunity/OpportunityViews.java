package com.kamsuite.console.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An opportunity and what hangs on it, as opportunity-service answers (GET /api/opportunities/{id}, …). */
public final class OpportunityViews {

    private OpportunityViews() {
    }

    public record Product(String productCode, String productName, String configuration, BigDecimal quantity,
                   BigDecimal desiredPrice, BigDecimal quotedPrice, String deliveryMonth) {
    }

    public record TeamMember(String personId, String role, BigDecimal creditPercent) {
    }

    public record Contact(String contactId, String name, String title, String buyingRole, String keyPersonId) {
    }

    public record Assessment(int number, Instant at, String by, int score, boolean highValue,
                      Map<String, Integer> scoreByDimension, List<String> yes, String note) {

        public boolean said(String question) {
            return yes != null && yes.contains(question);
        }
    }

    public record Revision(int number, Instant at, String by, String customerId, String name, BigDecimal amount, String currency,
                    LocalDate expectedCloseDate, String source, List<Product> products, String reason) {
    }

    public record StageMove(String from, String to, String status, BigDecimal probability, Instant at, String by, String reason,
                     String winningCompetitor) {

        public String toKey() {
            return "OPEN".equals(status) ? "stage." + to : "stage." + status;
        }
    }

    public record OwnerChange(String previousOwnerId, String ownerId, Instant at, String by, String reason) {
    }

    public record Opportunity(String id, String customerId, String name, BigDecimal amount, String currency,
                       LocalDate expectedCloseDate, String source, List<Product> products, String ownerId, String stage,
                       String status, BigDecimal probability, LocalDate closedOn, boolean confirmed, Instant confirmedAt,
                       String createdBy, Instant createdAt, List<TeamMember> team, List<Contact> contacts,
                       Assessment latestAssessment, List<Revision> revisions, List<StageMove> stageMoves,
                       List<OwnerChange> ownerChanges) {

        public Opportunity {
            products = products == null ? List.of() : products;
            team = team == null ? List.of() : team;
            contacts = contacts == null ? List.of() : contacts;
            revisions = revisions == null ? List.of() : revisions;
            stageMoves = stageMoves == null ? List.of() : stageMoves;
            ownerChanges = ownerChanges == null ? List.of() : ownerChanges;
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }

        public String stageKey() {
            return isOpen() ? "stage." + stage : "stage." + status;
        }

        public boolean hasOnTeam(String personId) {
            return team.stream().anyMatch(member -> member.personId().equals(personId));
        }

        public BigDecimal weightedAmount() {
            return amount == null || probability == null ? null
                    : amount.multiply(probability).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    public record Weights(BigDecimal price, BigDecimal service, BigDecimal technical, BigDecimal commercial) {
    }

    public record TenderTerms(String salesMode, String tenderMode, boolean splitIntoLots, boolean singleQuote, String bidScheme,
                       LocalDate deliveryDate, String deliveryPlace, Weights evaluationWeights, String regionalImpact,
                       List<String> competingBrands, String background, String relationshipDegree) {
    }

    public record Partner(String partnerId, String creditStanding, String status, String scheme, BigDecimal quotedAmount,
                   String currency, String note, Instant answeredAt) {
    }

    public record Tender(String opportunityId, TenderTerms terms, List<Partner> partners) {

        public Tender {
            partners = partners == null ? List.of() : partners;
        }
    }

    public record Closure(Instant at, String by, String text) {
    }

    public record Activity(String id, String type, String subject, Instant scheduledAt, Integer durationMinutes, String location,
                    List<String> participants, String notes, String status, String recordedBy, Closure closure) {
    }

    public record ActionItem(String id, String description, String assigneeId, LocalDate dueDate, String status, boolean overdue,
                      String createdBy, Closure closure) {

        public boolean isOpen() {
            return "OPEN".equals(status);
        }
    }
}
