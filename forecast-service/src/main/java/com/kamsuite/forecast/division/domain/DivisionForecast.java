package com.kamsuite.forecast.division.domain;

import com.kamsuite.events.forecast.ForecastPublished;
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
    private List<Item> items = new ArrayList<>();
    private List<PublishedVersion> versions = new ArrayList<>();

    /**
     * Product × delivery-month figures of the current version; the channel share is included in the totals. Products
     * expected at zero (lines weighted 0 %, e.g. pipeline lines under category weighting) are left out.
     */
    public record Item(String productCode, String productName, String deliveryMonth, BigDecimal quantity,
                       BigDecimal amount, BigDecimal channelQuantity, BigDecimal channelAmount) {
    }

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
     * included partners' lines. The source must be a submitted top-level forecast of this division and period.
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
        Map<ProductMonth, ProductMonth.Figures> direct = ProductMonth.ofLines(source.lines());
        Map<ProductMonth, ProductMonth.Figures> channel = new TreeMap<>();
        includedPartners.forEach(p -> ProductMonth.ofPartner(p).forEach((key, f) -> channel.merge(key, f,
                (a, b) -> new ProductMonth.Figures(a.productName() != null ? a.productName() : b.productName(),
                        a.quantity().add(b.quantity()), a.amount().add(b.amount())))));
        TreeMap<ProductMonth, Item> merged = new TreeMap<>();
        direct.forEach((key, f) -> merged.put(key, new Item(key.productCode(), f.productName(), key.deliveryMonth(),
                f.quantity(), f.amount(), Money.ZERO, Money.ZERO)));
        channel.forEach((key, f) -> merged.merge(key, new Item(key.productCode(), f.productName(), key.deliveryMonth(),
                f.quantity(), f.amount(), f.quantity(), f.amount()), (a, b) -> new Item(a.productCode(),
                a.productName() != null ? a.productName() : b.productName(), a.deliveryMonth(), a.quantity().add(b.quantity()),
                a.amount().add(b.amount()), b.channelQuantity(), b.channelAmount())));
        BigDecimal channelAmount = includedPartners.stream().map(PartnerForecast::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal total = source.forecastAmount().add(channelAmount);
        List<String> partnerIds = includedPartners.stream().map(PartnerForecast::partnerId).sorted().toList();

        publishedVersion++;
        currency = source.currency();
        items = new ArrayList<>(merged.values().stream()
                .filter(item -> item.quantity().signum() != 0 || item.amount().signum() != 0).toList());
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        versions.add(new PublishedVersion(publishedVersion, by, now, source.id(), source.versionNumber(), partnerIds,
                source.forecastAmount(), channelAmount, total, trimmedNote));
        recordEvent(new ForecastPublished(divisionId, period, publishedVersion, currency, by, now, source.id(), partnerIds,
                total, trimmedNote, items.stream().map(i -> new ForecastPublished.Item(i.productCode(), i.productName(),
                YearMonth.parse(i.deliveryMonth()), i.quantity(), i.amount(), i.channelQuantity(), i.channelAmount())).toList()),
                divisionId);
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

    public List<Item> items() {
        return List.copyOf(items);
    }

    public List<PublishedVersion> versions() {
        return List.copyOf(versions);
    }
}
