package com.kamsuite.console.home;

import com.kamsuite.console.home.HomeViews.Deadline;
import com.kamsuite.console.home.HomeViews.DueItems;
import com.kamsuite.console.pipeline.PipelineViews;
import com.kamsuite.console.shared.gateway.Gateway;
import com.kamsuite.console.shared.gateway.GatewayProblemException;
import com.kamsuite.console.shared.security.KamUser;
import com.kamsuite.console.shared.web.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Home: my open opportunities and their weighted total, my action items due within a week or overdue, my next
 * forecast deadline. The stale accounts of the account pages get their own panel here when those pages come.
 */
@Controller
class HomeController {

    static final int PANEL_SIZE = 10;
    static final int DUE_WITHIN_DAYS = 7;

    private final Gateway gateway;
    private final Clock clock;

    HomeController(Gateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    @Bean
    static ConsoleSection homeSection() {
        return new ConsoleSection("home", "/", 10, user -> true);
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int itemsPage,
                @AuthenticationPrincipal KamUser me, Model model) {
        if (me.sells()) {
            model.addAttribute("opportunities", gateway.get(uri -> uri.path("/api/opportunities/pipeline")
                    .queryParam("scope", "MINE").queryParam("status", "OPEN").queryParam("sort", "expectedCloseDate")
                    .queryParam("direction", "asc").queryParam("page", Math.max(page, 0)).queryParam("size", PANEL_SIZE).build(),
                    PipelineViews.Page.class));
            model.addAttribute("dueItems", gateway.get(uri -> uri.path("/api/opportunities/action-items/due")
                    .queryParam("withinDays", DUE_WITHIN_DAYS).queryParam("page", Math.max(itemsPage, 0))
                    .queryParam("size", PANEL_SIZE).build(), DueItems.class));
            model.addAttribute("deadline", nextDeadline());
        } else if (me.readsPipeline()) {
            model.addAttribute("division", gateway.get(uri -> uri.path("/api/opportunities/pipeline/board")
                    .queryParam("scope", "DIVISION").queryParam("cards", 0).build(), PipelineViews.Board.class));
        }
        model.addAttribute("page", page);
        model.addAttribute("itemsPage", itemsPage);
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        return "home/home";
    }

    /** None when the division has no principles yet or no deadline lies ahead: the panel says so. */
    private Deadline nextDeadline() {
        try {
            return gateway.get("/api/forecasts/my-next-deadline", Deadline.class);
        } catch (GatewayProblemException e) {
            if (e.status() == 404 || e.status() == 422) {
                return null;
            }
            throw e;
        }
    }
}
