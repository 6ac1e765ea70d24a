package com.kamsuite.forecast.division.domain;

import com.kamsuite.events.forecast.ForecastPublished;
import com.kamsuite.events.forecast.ForecastPublishedV2;
import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.States;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastStatus;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The final forecast of a division for a period (F4), finalised by the division head from their submitted roll-up
 * plus the channel partners' forecasts they choose to include, and published to production planning. Its id,
 * {@code <divisionId>:<period>}, is the Kafka key of the public topic. Each finalisation is the next version; earlier
 * versions stay in {@code versions} (F5).
 */
public class DivisionForecast extends AggregateRoot {

    private String id;
    private String divisionId;
    private String period;
    private int publishedVersion;
    private String currency;
    private List<ProductionFigures.Item> items = new ArrayList<>();
    private List<PublishedVersion> versions = new ArrayList<>();

    /** Who finalised which version, when, from what, and why. */
    public record PublishedVersion(int version, String finalisedBy, Instant finalisedAt, String sourceForecastId,
                                   int sourceForecastVersion, List<String> includedPartnerIds, BigDecimal directAmount,
                                   BigDecimal channelAmount, BigDecimal totalAmount, String note) {

        public PublishedVersion {
            includedPartnerIds = List.copyOf(includedPartnerIds);
        }
    }

    private DivisionForecast() {
    }

    public static String idOf(String divisionId, Period period) {
        return divisionId + ":" + period.code();
    }

    public static DivisionForecast of(String divisionId, Period period) {
        DivisionForecast forecast = new DivisionForecast();
        forecast.id = idOf(divisionId, period);
        forecast.divisionId = divisionId;
        forecast.period = period.code();
        return forecast;
    }

    /**
     * Publishes the next version: the source's product × month figures (as the managers revised them) plus the
     * included partners' lines. The source must be a submitted top-level forecast of this division and period. The
     * version is published twice for one release: as {@code kam.forecast.published.v2} ({@link ProductionFigures}:
     * items in whole units adding up to the total) and, deprecated, as {@code kam.forecast.published.v1}.
     */
    public void finalise(Forecast source, List<PartnerForecast> includedPartners, String note, String by, Instant now) {
        if (!source.divisionId().equals(divisionId) || !source.period().code().equals(period)) {
            throw new IllegalArgumentException("the source forecast is of another division or period");
        }
        States.require("forecast", source.id(), source.status(), ForecastStatus.SUBMITTED);
        if (source.submittedTo() != null) {
            throw new RuleViolationException("not-division-level", "forecast " + source.id() + " went to " + source.submittedTo(),
                    source.id(), source.submittedTo());
        }
        for (PartnerForecast partner : includedPartners) {
            if (!partner.currency().equals(source.currency()) || !partner.period().equals(source.period())) {
                throw new IllegalArgumentException("partner forecast " + partner.id() + " is of another currency or period");
            }
        }
        ProductionFigures.Result figures = ProductionFigures.of(source, includedPartners);
        List<String> partnerIds = includedPartners.stream().map(PartnerForecast::partnerId).sorted().toList();

        publishedVersion++;
        currency = source.currency();
        items = new ArrayList<>(figures.items());
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        versions.add(new PublishedVersion(publishedVersion, by, now, source.id(), source.versionNumber(), partnerIds,
                figures.directAmount(), figures.channelAmount(), figures.totalAmount(), trimmedNote));
        recordEvent(new ForecastPublishedV2(divisionId, period, publishedVersion, currency, by, now, source.id(), partnerIds,
                figures.directAmount(), figures.channelAmount(), figures.totalAmount(), trimmedNote, figures.items().stream()
                .map(i -> new ForecastPublishedV2.Item(i.productCode(), i.productName(), YearMonth.parse(i.deliveryMonth()),
                        i.unit(), i.quantity(), i.directQuantity(), i.channelQuantity(), i.amount(), i.directAmount(),
                        i.channelAmount())).toList()), divisionId);
        recordEvent(new ForecastPublished(divisionId, period, publishedVersion, currency, by, now, source.id(), partnerIds,
                figures.totalAmount(), trimmedNote, legacyItems(source, includedPartners)), divisionId);
    }

    /**
     * The items of the deprecated v1 contract, as they always were: expected amounts and weighted (fractional)
     * quantities of the product lines plus the channel's, without the managers' total adjustments and without a unit.
     */
    private static List<ForecastPublished.Item> legacyItems(Forecast source, List<PartnerForecast> includedPartners) {
        Map<ProductMonth, ProductMonth.Figures> direct = ProductMonth.ofLines(source.lines());
        Map<ProductMonth, ProductMonth.Figures> channel = new TreeMap<>();
        includedPartners.forEach(p -> ProductMonth.ofPartner(p).forEach((key, f) -> channel.merge(key, f,
                (a, b) -> new ProductMonth.Figures(a.productName() != null ? a.productName() : b.productName(),
                        a.quantity().add(b.quantity()), a.amount().add(b.amount())))));
        TreeMap<ProductMonth, ForecastPublished.Item> merged = new TreeMap<>();
        direct.forEach((key, f) -> merged.put(key, new ForecastPublished.Item(key.productCode(), f.productName(),
                YearMonth.parse(key.deliveryMonth()), f.quantity(), f.amount(), Money.ZERO, Money.ZERO)));
        channel.forEach((key, f) -> merged.merge(key, new ForecastPublished.Item(key.productCode(), f.productName(),
                YearMonth.parse(key.deliveryMonth()), f.quantity(), f.amount(), f.quantity(), f.amount()),
                (a, b) -> new ForecastPublished.Item(a.productCode(), a.productName() != null ? a.productName() : b.productName(),
                        a.deliveryMonth(), a.quantity().add(b.quantity()), a.amount().add(b.amount()), b.channelQuantity(),
                        b.channelAmount())));
        return merged.values().stream().filter(item -> item.quantity().signum() != 0 || item.amount().signum() != 0).toList();
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public Period period() {
        return new Period(period);
    }

    public int publishedVersion() {
        return publishedVersion;
    }

    public String currency() {
        return currency;
    }

    /** Product × delivery month × unit figures of the current version (see {@link ProductionFigures}). */
    public List<ProductionFigures.Item> items() {
        return List.copyOf(items);
    }

    public List<PublishedVersion> versions() {
        return List.copyOf(versions);
    }
}
