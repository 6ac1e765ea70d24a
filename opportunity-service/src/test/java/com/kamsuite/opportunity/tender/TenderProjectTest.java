package com.kamsuite.opportunity.tender;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.opportunity.tender.domain.PartnerParticipation;
import com.kamsuite.opportunity.tender.domain.TenderProject;
import com.kamsuite.opportunity.tender.domain.TenderTerms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O5: tender terms, invited partners and their own answers. */
class TenderProjectTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    static TenderTerms bid() {
        return new TenderTerms(TenderTerms.SalesMode.BID, TenderTerms.TenderMode.OPEN_SECOND_PRICE_ALLOWED, true, false,
                TenderTerms.BidScheme.US_AND_AGENTS_SEVERAL_SCHEMES, null, null,
                new TenderTerms.EvaluationWeights(bd(50), bd(10), bd(30), bd(10)), TenderTerms.RegionalImpact.VERY_LARGE,
                List.of("ABB"), null, null);
    }

    @Test
    void evaluationWeightsAddUpToOneHundredAndABidNeedsItsTenderMode() {
        assertThatThrownBy(() -> new TenderTerms.EvaluationWeights(bd(50), bd(10), bd(30), bd(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TenderTerms(TenderTerms.SalesMode.BID, null, false, false, null, null, null, null, null,
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TenderTerms(TenderTerms.SalesMode.DIRECT_APPROVAL, null, false, false, null, null, null, null, null,
                null, null, null).relationshipDegree()).isEqualTo(TenderTerms.RelationshipDegree.UNKNOWN);
    }

    @Test
    void anInvitedPartnerAnswersForItselfAndKeepsOurCreditStanding() {
        TenderProject project = TenderProject.open("opp-1", "div-power", "Grid", bid(), "liu.yang", NOW);
        project.invite("partner-huadian", PartnerParticipation.CreditStanding.GOOD, "liu.yang", NOW);

        project.answer("partner-huadian", true, "lot 2", bd(980000), "CNY", null, NOW);

        assertThat(project.participation("partner-huadian")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PartnerParticipation.Status.PARTICIPATING);
            assertThat(p.creditStanding()).isEqualTo(PartnerParticipation.CreditStanding.GOOD);
        });
        project.invite("partner-huadian", PartnerParticipation.CreditStanding.POOR, "liu.yang", NOW);
        assertThat(project.participation("partner-huadian")).get().satisfies(p ->
                assertThat(p.status()).isEqualTo(PartnerParticipation.Status.PARTICIPATING));
        assertThat(project.changes()).hasSize(4);
    }

    @Test
    void aPartnerNotInvitedDoesNotSeeTheTenderAndADeclineCarriesNoQuote() {
        TenderProject project = TenderProject.open("opp-1", "div-power", "Grid", bid(), "liu.yang", NOW);
        project.invite("partner-huadian", null, "liu.yang", NOW);

        assertThatThrownBy(() -> project.answer("partner-other", true, null, null, null, null, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> project.answer("partner-huadian", false, null, bd(1), "CNY", null, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aQuoteIsInAnIsoCurrencyWithNoMoreDecimalsThanItHas() {
        // Was accepted from the partner route: "XYZ" (no currency at all) and 1.5 JPY (yen have no minor unit).
        TenderProject project = TenderProject.open("opp-1", "div-power", "Grid", bid(), "liu.yang", NOW);
        project.invite("partner-huadian", null, "liu.yang", NOW);

        assertThatThrownBy(() -> project.answer("partner-huadian", true, "lot 2", bd(980000), "XYZ", null, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> project.answer("partner-huadian", true, "lot 2", new BigDecimal("1.5"), "JPY", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(project.participation("partner-huadian")).get().satisfies(p ->
                assertThat(p.status()).isEqualTo(PartnerParticipation.Status.INVITED));

        project.answer("partner-huadian", true, "lot 2", new BigDecimal("980000.5"), "CNY", null, NOW);
        assertThat(project.participation("partner-huadian")).get().satisfies(p ->
                assertThat(p.quotedAmount()).isEqualByComparingTo("980000.5"));
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
