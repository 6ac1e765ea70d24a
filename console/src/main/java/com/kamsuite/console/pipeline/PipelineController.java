package com.kamsuite.console.pipeline;

import com.kamsuite.console.pipeline.PipelineViews.Board;
import com.kamsuite.console.pipeline.PipelineViews.Page;
import com.kamsuite.console.shared.gateway.Gateway;
import com.kamsuite.console.shared.gateway.GatewayProblemException;
import com.kamsuite.console.shared.security.KamUser;
import com.kamsuite.console.shared.web.ConsoleSection;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline: a board of the eight stages (count, amount and weighted amount per stage) and the same
 * opportunities as a paged, sortable list, for me, my team or the division. Moving a card asks opportunity-service,
 * which applies the stage rules; a refused gate is shown on the card with what is missing.
 */
@Controller
class PipelineController {

    static final List<String> OPEN_STAGES = List.of("01", "02", "03", "04", "05", "06", "07");
    static final int CARDS_PER_STAGE = 12;

    private final Gateway gateway;
    private final PeopleDirectory people;

    PipelineController(Gateway gateway, PeopleDirectory people) {
        this.gateway = gateway;
        this.people = people;
    }

    @Bean
    static ConsoleSection pipelineSection() {
        return new ConsoleSection("pipeline", "/pipeline", 20, KamUser::readsPipeline);
    }

    @GetMapping("/pipeline")
    String board(@ModelAttribute("filter") PipelineFilter requested, @AuthenticationPrincipal KamUser me, Model model) {
        PipelineFilter filter = requested.withScope(defaultScope(me));
        Board board = gateway.get(uri -> filter.applyTo(uri.path("/api/opportunities/pipeline/board"))
                .queryParam("cards", CARDS_PER_STAGE).build(), Board.class);
        model.addAttribute("filter", filter);
        model.addAttribute("board", board);
        model.addAttribute("openStages", OPEN_STAGES);
        model.addAttribute("owners", people.ownersFor(me));
        return "pipeline/board";
    }

    @GetMapping("/pipeline/list")
    String list(@ModelAttribute("filter") PipelineFilter requested, @AuthenticationPrincipal KamUser me, Model model) {
        PipelineFilter filter = requested.withScope(defaultScope(me));
        Page page = gateway.get(uri -> filter.applyTo(uri.path("/api/opportunities/pipeline")).build(), Page.class);
        model.addAttribute("filter", filter);
        model.addAttribute("result", page);
        model.addAttribute("owners", people.ownersFor(me));
        return "pipeline/list";
    }

    /**
     * Moves a card (htmx from the board, or a plain form): on success the board reloads; a refusal is shown on the
     * card, the gate's missing condition named.
     */
    @PostMapping("/pipeline/{id}/moves")
    String move(@PathVariable String id, @RequestParam String stage, @RequestParam(required = false) String reason,
                @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        try {
            Map<String, Object> body = new HashMap<>();
            body.put("stage", stage);
            body.put("reason", reason == null || reason.isBlank() ? null : reason);
            gateway.post("/api/opportunities/{id}/stage-moves", body, Map.class, id);
        } catch (GatewayProblemException refused) {
            if (refused.status() == 404 || refused.status() >= 500) {
                throw refused;
            }
            response.setStatus(422);
            model.addAttribute("id", id);
            model.addAttribute("stage", stage);
            model.addAttribute("problem", refused.problem());
            return "pipeline/move :: refusal";
        }
        if (htmx != null) {
            response.setHeader("HX-Refresh", "true");
            return "pipeline/move :: moved";
        }
        return "redirect:/opportunities/" + id;
    }

    /** Account managers start with their own pipeline, managers with their team's, everybody else the division's. */
    static String defaultScope(KamUser me) {
        if (me.leads()) {
            return me.hasRole("DIVISION_HEAD") ? PipelineFilter.DIVISION : PipelineFilter.TEAM;
        }
        return me.sells() ? PipelineFilter.MINE : PipelineFilter.DIVISION;
    }
}
