package com.kamsuite.opportunity.tender.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The project details of a key-account tender (O5, 大客户项目管理) that the sales team records: how the customer buys,
 * how bids are evaluated, what is at stake in the customer's region, the competition and how well we know the buyers.
 * The configuration, quantities, desired prices and our quote are the opportunity's products.
 */
public record TenderTerms(SalesMode salesMode, TenderMode tenderMode, boolean splitIntoLots, boolean singleQuote,
                          BidScheme bidScheme, LocalDate deliveryDate, String deliveryPlace, EvaluationWeights weights,
                          RegionalImpact regionalImpact, List<String> competingBrands, String background,
                          RelationshipDegree relationshipDegree) {

    public TenderTerms {
        if (salesMode == null) {
            throw new IllegalArgumentException("a tender project needs its sales mode");
        }
        if (salesMode == SalesMode.BID && tenderMode == null) {
            throw new IllegalArgumentException("a bid needs its tender mode");
        }
        competingBrands = competingBrands == null ? List.of() : List.copyOf(competingBrands);
        relationshipDegree = relationshipDegree == null ? RelationshipDegree.UNKNOWN : relationshipDegree;
    }

    /** 销售模式: bid, direct approval (批点) or distribution. */
    public enum SalesMode { BID, DIRECT_APPROVAL, DISTRIBUTION }

    /** 招标模式: open with a single price, open with a second price allowed, negotiated, framework (统签). */
    public enum TenderMode { OPEN_SINGLE_PRICE, OPEN_SECOND_PRICE_ALLOWED, NEGOTIATED, FRAMEWORK }

    /** 投标方案: we bid directly / one agent one scheme / we and agents several schemes / several agents several schemes. */
    public enum BidScheme { DIRECT, ONE_AGENT_ONE_SCHEME, US_AND_AGENTS_SEVERAL_SCHEMES, SEVERAL_AGENTS_SEVERAL_SCHEMES }

    /** 对区域的影响: very large (losing it loses the customer and much share), large, medium, ordinary. */
    public enum RegionalImpact { VERY_LARGE, LARGE, MEDIUM, ORDINARY }

    /** 关系程度: fully in control (>80 %), fairly (>60 %), weak (<30 %), unknown. */
    public enum RelationshipDegree { FULL_CONTROL, FAIR, WEAK, UNKNOWN }

    /** 评标原则: the weights of price, service, technical and commercial evaluation, in percent, together 100. */
    public record EvaluationWeights(BigDecimal price, BigDecimal service, BigDecimal technical, BigDecimal commercial) {

        public EvaluationWeights {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal weight : new BigDecimal[] {price, service, technical, commercial}) {
                if (weight == null || weight.signum() < 0) {
                    throw new IllegalArgumentException("each evaluation weight is zero or more");
                }
                total = total.add(weight);
            }
            if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException("the evaluation weights add up to 100, not " + total.toPlainString());
            }
        }
    }
}
