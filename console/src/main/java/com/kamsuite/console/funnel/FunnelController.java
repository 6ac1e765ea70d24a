package com.kamsuite.console.funnel;

import com.kamsuite.console.funnel.FunnelViews.Report;
import com.kamsuite.console.funnel.FunnelViews.Settings;
import com.kamsuite.console.pipeline.PeopleDirectory;
import com.kamsuite.console.shared.gateway.Gateway;
import com.kamsuite.console.shared.gateway.GatewayProblemException;
import com.kamsuite.console.shared.gateway.Problem;
import com.kamsuite.console.shared.security.KamUser;
import com.kamsuite.console.shared.web.ConsoleSection;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Funnel health: count and amount of the open opportunities per stage against the benchmarks, rated warning, good
 * or excellent, for a person, a team or the division, as a chart and a table. Sales operations set the stage
 * probabilities, the gates and the benchmarks on the same page.
 */
@Controller
class FunnelController {

    static final List<String> OPEN_STAGES = List.of("01", "02", "03", "04", "05", "06", "07");
    static final List<String> GATES = List.of("DECISION_MAKER_BEFORE_03", "VALUE_ASSESSMENT_BEFORE_04", "PRODUCTS_BEFORE_05");

    private final Gateway gateway;
    private final PeopleDirectory people;
    private final JsonMapper json;

    FunnelController(Gateway gateway, PeopleDirectory people, JsonMapper json) {
        this.gateway = gateway;
        this.people = people;
        this.json = json;
    }

    @Bean
    static ConsoleSection funnelSection() {
        return new ConsoleSection("funnel", "/funnel", 30, KamUser::readsPipeline);
    }

    @GetMapping("/funnel")
    String health(@RequestParam(required = false) String scope, @RequestParam(required = false) String personId,
                  @AuthenticationPrincipal KamUser me, Model model) {
        return render(scope, personId, me, model, null, null, Map.of());
    }

    @PostMapping("/funnel/settings")
    String settings(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me, Model model,
                    HttpServletResponse response) {
        List<String> probabilities = OPEN_STAGES.stream().map(stage -> blankToNull(form.getFirst("probability." + stage))).toList();
        List<String> gates = GATES.stream().filter(gate -> form.containsKey("gate." + gate)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("probabilities", probabilities);
        body.put("gates", gates);
        return change(() -> gateway.put("/api/opportunities/funnel-settings", body, Map.class), "settings", form, me, model, response);
    }

    @PostMapping("/funnel/benchmarks")
    String benchmarks(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me, Model model,
                      HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", blankToNull(form.getFirst("currency")));
        body.put("division", benchmarkRows(form, "division"));
        body.put("perOwner", benchmarkRows(form, "perOwner"));
        return change(() -> gateway.put("/api/opportunities/funnel-settings/benchmarks", body, Map.class), "benchmarks", form, me,
                model, response);
    }

    private String change(Runnable call, String formName, MultiValueMap<String, String> form, KamUser me, Model model,
                          HttpServletResponse response) {
        try {
            call.run();
        } catch (GatewayProblemException refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.status());
            return render(null, null, me, model, formName, refused.problem(), form.toSingleValueMap());
        }
        return "redirect:/funnel#" + formName;
    }

    private String render(String scope, String personId, KamUser me, Model model, String failed, Problem problem,
                          Map<String, String> typed) {
        String chosenScope = scope == null || scope.isBlank() ? defaultScope(me) : scope;
        String person = personId == null || personId.isBlank() ? null : personId;
        Report report = gateway.get(uri -> {
            uri.path("/api/opportunities/funnel-health").queryParam("scope", chosenScope);
            if (person != null) {
                uri.queryParam("personId", person);
            }
            return uri.build();
        }, Report.class);
        Settings settings = gateway.get("/api/opportunities/funnel-settings", Settings.class);
        model.addAttribute("report", report);
        model.addAttribute("settings", settings);
        model.addAttribute("scope", chosenScope);
        model.addAttribute("personId", person);
        model.addAttribute("people", people.active());
        model.addAttribute("openStages", OPEN_STAGES);
        model.addAttribute("allGates", GATES);
        model.addAttribute("chart", json.writeValueAsString(chartOf(report)));
        model.addAttribute("failed", failed);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        return "funnel/health";
    }

    /** What the chart draws: per stage the actual count and the benchmark, coloured by the rating. */
    private static Map<String, Object> chartOf(Report report) {
        List<String> stages = new ArrayList<>();
        List<Object> actual = new ArrayList<>();
        List<Object> benchmark = new ArrayList<>();
        List<String> ratings = new ArrayList<>();
        report.stages().forEach(stage -> {
            stages.add(stage.stage());
            actual.add(stage.amount().actual());
            benchmark.add(stage.amount().benchmark());
            ratings.add(stage.amount().rating());
        });
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("stages", stages);
        chart.put("actual", actual);
        chart.put("benchmark", benchmark);
        chart.put("ratings", ratings);
        return chart;
    }

    private static List<Map<String, Object>> benchmarkRows(MultiValueMap<String, String> form, String level) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String stage : OPEN_STAGES) {
            String count = blankToNull(form.getFirst(level + ".count." + stage));
            String amount = blankToNull(form.getFirst(level + ".amount." + stage));
            if (count != null || amount != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("stage", stage);
                row.put("count", count);
                row.put("amount", amount);
                rows.add(row);
            }
        }
        return rows;
    }

    static String defaultScope(KamUser me) {
        if (me.hasRole("SALES_MANAGER") || me.hasRole("SALES_DIRECTOR")) {
            return "TEAM";
        }
        return me.hasRole("ACCOUNT_MANAGER") ? "OWNER" : "DIVISION";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
