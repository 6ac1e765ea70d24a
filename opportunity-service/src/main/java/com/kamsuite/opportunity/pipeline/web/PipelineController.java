package com.kamsuite.opportunity.pipeline.web;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import com.kamsuite.opportunity.pipeline.application.PipelineQueries;
import com.kamsuite.opportunity.pipeline.application.PipelineQueries.Named;
import com.kamsuite.opportunity.pipeline.application.PipelineQueries.Query;
import com.kamsuite.opportunity.pipeline.application.PipelineQueries.Scope;
import com.kamsuite.opportunity.pipeline.application.PipelineQueries.SortField;
import com.kamsuite.opportunity.pipeline.domain.ClosePeriod;
import com.kamsuite.opportunity.pipeline.domain.PipelineTotals;
import com.kamsuite.opportunity.shared.web.Access;
import com.kamsuite.opportunity.shared.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/opportunities/pipeline")
@Tag(name = "Pipeline", description = "Opportunity lists with totals and the stage board, for me, my team or the division")
class PipelineController {

    private static final String SCOPE = "MINE|TEAM|DIVISION";
    private static final String STAGE = "0[1-7]|WON|LOST";
    private static final String STATUS = "OPEN|WON|LOST|ALL";
    private static final String SORT = "createdAt|name|amount|weightedAmount|expectedCloseDate|stage|probability";

    private final PipelineQueries pipeline;

    PipelineController(PipelineQueries pipeline) {
        this.pipeline = pipeline;
    }

    @Schema(name = "PipelineItem", description = "an opportunity as lists show it; stage 01–08, status OPEN, WON or LOST")
    record Item(String id, String name, String customerId, String customerName, String ownerId, String ownerName,
                @Schema(example = "03") String stage, @Schema(example = "OPEN") String status,
                @Schema(example = "1250000.00") BigDecimal amount, @Schema(example = "CNY") String currency,
                @Schema(example = "30") BigDecimal probability, @Schema(example = "375000.00") BigDecimal weightedAmount,
                LocalDate expectedCloseDate, boolean confirmed) {

        static Item of(Named named) {
            var e = named.entry();
            return new Item(e.id(), e.name(), e.customerId(), named.customerName(), e.ownerId(), named.ownerName(), e.stage(),
                    e.status(), e.amount(), e.currency(), e.probability(), e.weightedAmount(), e.expectedCloseDate(), e.confirmed());
        }
    }

    @Schema(name = "PipelineTotal", description = "count, amount and weighted amount of one currency (never converted)")
    record Total(@Schema(example = "CNY") String currency, long count, BigDecimal amount, BigDecimal weightedAmount) {

        static List<Total> of(List<PipelineTotals.Total> totals) {
            return totals.stream().map(t -> new Total(t.currency(), t.count(), t.amount(), t.weightedAmount())).toList();
        }
    }

    @Schema(name = "PipelinePage", description = "one page of opportunities; totals are over all that match, not only this page")
    record PipelinePage(List<Item> items, int page, int size, long totalItems, int totalPages, List<Total> totals) {
    }

    @Schema(name = "PipelineColumn", description = "a stage of the board: 01–07 open, 08 as WON and as LOST")
    record Column(@Schema(example = "03") String stage, @Schema(example = "OPEN") String status, long count,
                  List<Total> totals, List<Item> cards) {
    }

    @Schema(name = "PipelineBoard", description = "the columns; totals are those of the open stages")
    record Board(List<Column> columns, List<Total> totals) {
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Opportunities of your division with customer and owner names, paged and sorted, with totals "
            + "and weighted totals over all that match; also a batch read by ids")
    @ApiResponse(responseCode = "400", description = "An invalid filter, sort or page (type .../validation, field named)")
    PipelinePage list(
            @Parameter(description = "MINE (owned by you), TEAM (you and your direct reports today) or DIVISION (default)")
            @RequestParam(required = false) @Pattern(regexp = SCOPE) String scope,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) @Size(max = 64) String customerId,
            @Parameter(description = "expected close in a year (2027), quarter (2027-Q1) or month (2027-03)")
            @RequestParam(required = false) @Pattern(regexp = ClosePeriod.PATTERN) String closePeriod,
            @RequestParam(required = false) @Pattern(regexp = STAGE) String stage,
            @Parameter(description = "OPEN, WON, LOST or ALL (default)") @RequestParam(required = false) @Pattern(regexp = STATUS) String status,
            @Parameter(description = "part of the opportunity's name, any case") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "batch read: these opportunities only (at most 100)")
            @RequestParam(required = false) @Size(max = PageView.MAX_SIZE) List<@Size(max = 64) String> ids,
            @RequestParam(defaultValue = "createdAt") @Pattern(regexp = SORT) String sort,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(description = PageView.SIZE_DOC) @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
            CurrentUser user) {
        PipelineQueries.Listed listed = pipeline.list(query(scope, ownerId, customerId, closePeriod, stage, status, q, ids),
                sortField(sort), "asc".equals(direction), page, size, user);
        return new PipelinePage(listed.items().stream().map(Item::of).toList(), listed.page(), listed.size(),
                listed.totalItems(), listed.totalPages(), Total.of(listed.totals()));
    }

    @GetMapping("/board")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "The board of the eight stages: count, amount and weighted amount per stage, and each stage's "
            + "largest opportunities as cards")
    @ApiResponse(responseCode = "400", description = "An invalid filter (type .../validation, field named)")
    Board board(@RequestParam(required = false) @Pattern(regexp = SCOPE) String scope,
                @RequestParam(required = false) @Size(max = 64) String ownerId,
                @RequestParam(required = false) @Size(max = 64) String customerId,
                @RequestParam(required = false) @Pattern(regexp = ClosePeriod.PATTERN) String closePeriod,
                @RequestParam(required = false) @Size(max = 100) String q,
                @Parameter(description = "cards per stage, 0 to 50 (default 10)") @RequestParam(defaultValue = "10") @Min(0) @Max(50) int cards,
                CurrentUser user) {
        PipelineQueries.Board board = pipeline.board(query(scope, ownerId, customerId, closePeriod, null, null, q, null), cards, user);
        return new Board(board.columns().stream().map(column -> new Column(column.stage(), column.status(), column.count(),
                Total.of(column.totals()), column.cards().stream().map(Item::of).toList())).toList(), Total.of(board.totals()));
    }

    private static Query query(String scope, String ownerId, String customerId, String closePeriod, String stage,
                               String status, String q, List<String> ids) {
        return new Query(scope == null ? Scope.DIVISION : Scope.valueOf(scope), blankToNull(ownerId), blankToNull(customerId),
                closePeriod == null || closePeriod.isBlank() ? null : ClosePeriod.parse(closePeriod), stageOf(stage), status,
                q, ids);
    }

    private static Stage stageOf(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        return switch (stage) {
            case "WON" -> Stage.WON;
            case "LOST" -> Stage.LOST;
            default -> Stage.open(stage);
        };
    }

    private static SortField sortField(String sort) {
        return SortField.valueOf(sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
