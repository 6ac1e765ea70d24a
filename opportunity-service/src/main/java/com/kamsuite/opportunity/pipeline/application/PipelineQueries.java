package com.kamsuite.opportunity.pipeline.application;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import com.kamsuite.opportunity.org.domain.OrgPerson;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import com.kamsuite.opportunity.pipeline.domain.ClosePeriod;
import com.kamsuite.opportunity.pipeline.domain.PipelineEntry;
import com.kamsuite.opportunity.pipeline.domain.PipelineTotals;
import com.kamsuite.opportunity.pipeline.persistence.PipelineReads;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline of the caller's division as lists and as a board: for me, my team (me and my direct reports today)
 * or the whole division, filtered by owner, customer, close period, stage and name, with totals over everything that
 * matches (not just the page) and customer and owner names next to their ids.
 */
@Service
public class PipelineQueries {

    public enum Scope { MINE, TEAM, DIVISION }

    public enum SortField { CREATED_AT, NAME, AMOUNT, WEIGHTED_AMOUNT, EXPECTED_CLOSE_DATE, STAGE, PROBABILITY }

    /** What the caller asked for; null criteria are left out. */
    public record Query(Scope scope, String ownerId, String customerId, ClosePeriod closePeriod, Stage stage,
                        String status, String nameContains, Collection<String> ids) {
    }

    /** An entry with the names a screen shows. */
    public record Named(PipelineEntry entry, String customerName, String ownerName) {
    }

    public record Listed(List<Named> items, int page, int size, long totalItems, int totalPages,
                         List<PipelineTotals.Total> totals) {
    }

    public record Column(String stage, String status, long count, List<PipelineTotals.Total> totals, List<Named> cards) {
    }

    public record Board(List<Column> columns, List<PipelineTotals.Total> totals) {
    }

    private final PipelineReads reads;
    private final CustomerReferences customers;
    private final ReportingLines people;
    private final Clock clock;

    public PipelineQueries(PipelineReads reads, CustomerReferences customers, ReportingLines people, Clock clock) {
        this.reads = reads;
        this.customers = customers;
        this.people = people;
        this.clock = clock;
    }

    public Listed list(Query query, SortField sort, boolean ascending, int page, int size, CurrentUser user) {
        List<PipelineEntry> all = new ArrayList<>(find(query, user));
        all.sort(order(sort, ascending));
        int from = (int) Math.min((long) page * size, all.size());
        List<PipelineEntry> shown = all.subList(from, Math.min(from + size, all.size()));
        return new Listed(named(shown, user), page, size, all.size(), (all.size() + size - 1) / size, PipelineTotals.of(all));
    }

    /**
     * The eight stages (01–07 open, 08 won and 08 lost as two columns), each with its count, totals and its largest
     * {@code cards} opportunities by amount.
     */
    public Board board(Query query, int cards, CurrentUser user) {
        List<PipelineEntry> all = find(query, user);
        Map<String, List<PipelineEntry>> byColumn = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            byColumn.put(stage.name(), new ArrayList<>());
        }
        all.forEach(entry -> byColumn.get(columnOf(entry)).add(entry));
        List<PipelineEntry> shown = new ArrayList<>();
        Map<String, List<PipelineEntry>> cardsByColumn = new LinkedHashMap<>();
        byColumn.forEach((column, entries) -> {
            List<PipelineEntry> top = entries.stream().sorted(order(SortField.AMOUNT, false)).limit(cards).toList();
            cardsByColumn.put(column, top);
            shown.addAll(top);
        });
        Map<String, Named> names = named(shown, user).stream().collect(Collectors.toMap(named -> named.entry().id(), Function.identity()));
        List<Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<PipelineEntry> entries = byColumn.get(stage.name());
            columns.add(new Column(stage.code(), stage.isOpen() ? "OPEN" : stage.name(), entries.size(), PipelineTotals.of(entries),
                    cardsByColumn.get(stage.name()).stream().map(entry -> names.get(entry.id())).toList()));
        }
        return new Board(columns, PipelineTotals.of(all.stream().filter(PipelineEntry::isOpen).toList()));
    }

    private List<PipelineEntry> find(Query query, CurrentUser user) {
        return reads.find(user.divisionId(), new PipelineReads.Criteria(query.ids(), owners(query, user), query.customerId(),
                query.closePeriod(), stages(query), blankToNull(query.nameContains())));
    }

    /** Whose opportunities: the scope's people, narrowed to one owner if asked (an owner outside the scope: none). */
    private Set<String> owners(Query query, CurrentUser user) {
        Set<String> scope = switch (query.scope() == null ? Scope.DIVISION : query.scope()) {
            case MINE -> Set.of(user.personId());
            case TEAM -> team(user);
            case DIVISION -> null;
        };
        if (query.ownerId() == null) {
            return scope;
        }
        return scope == null || scope.contains(query.ownerId()) ? Set.of(query.ownerId()) : Set.of();
    }

    private Set<String> team(CurrentUser user) {
        Set<String> team = new LinkedHashSet<>();
        team.add(user.personId());
        people.directReports(user.personId(), user.divisionId(), LocalDate.now(clock)).stream()
                .map(OrgPerson::personId).forEach(team::add);
        return team;
    }

    private static Set<Stage> stages(Query query) {
        Set<Stage> stages = EnumSet.allOf(Stage.class);
        if (query.stage() != null) {
            stages.retainAll(Set.of(query.stage()));
        }
        if (query.status() != null) {
            switch (query.status()) {
                case "OPEN" -> stages.removeIf(stage -> !stage.isOpen());
                case "WON" -> stages.retainAll(Set.of(Stage.WON));
                case "LOST" -> stages.retainAll(Set.of(Stage.LOST));
                default -> { }
            }
        }
        return stages.size() == Stage.values().length ? null : stages;
    }

    private List<Named> named(List<PipelineEntry> entries, CurrentUser user) {
        Map<String, String> customerNames = customers.namesOf(entries.stream().map(PipelineEntry::customerId).collect(Collectors.toSet()));
        Map<String, String> ownerNames = people.namesOf(entries.stream().map(PipelineEntry::ownerId).collect(Collectors.toSet()),
                user.divisionId());
        return entries.stream().map(entry -> new Named(entry, customerNames.get(entry.customerId()),
                ownerNames.get(entry.ownerId()))).toList();
    }

    private static String columnOf(PipelineEntry entry) {
        return entry.isOpen() ? Stage.open(entry.stage()).name() : entry.status();
    }

    private static Comparator<PipelineEntry> order(SortField field, boolean ascending) {
        Comparator<PipelineEntry> order = switch (field) {
            case CREATED_AT -> Comparator.comparing(PipelineEntry::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()));
            case NAME -> Comparator.comparing(PipelineEntry::name, Comparator.nullsFirst(Comparator.naturalOrder()));
            case AMOUNT -> Comparator.comparing(PipelineEntry::amount);
            case WEIGHTED_AMOUNT -> Comparator.comparing(PipelineEntry::weightedAmount);
            case EXPECTED_CLOSE_DATE -> Comparator.comparing(PipelineEntry::expectedCloseDate, Comparator.nullsFirst(Comparator.naturalOrder()));
            case STAGE -> Comparator.comparing((PipelineEntry entry) -> entry.stage()).thenComparing(PipelineEntry::status);
            case PROBABILITY -> Comparator.comparing(PipelineEntry::probability, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        order = order.thenComparing(PipelineEntry::id);
        return ascending ? order : order.reversed();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
