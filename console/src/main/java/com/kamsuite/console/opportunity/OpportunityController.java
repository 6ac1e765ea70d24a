package com.kamsuite.console.opportunity;

import com.kamsuite.console.opportunity.OpportunityViews.ActionItem;
import com.kamsuite.console.opportunity.OpportunityViews.Activity;
import com.kamsuite.console.opportunity.OpportunityViews.Opportunity;
import com.kamsuite.console.opportunity.OpportunityViews.Tender;
import com.kamsuite.console.pipeline.PeopleDirectory;
import com.kamsuite.console.pipeline.PipelineViews;
import com.kamsuite.console.pipeline.PipelineViews.Person;
import com.kamsuite.console.shared.gateway.Gateway;
import com.kamsuite.console.shared.gateway.GatewayProblemException;
import com.kamsuite.console.shared.gateway.Problem;
import com.kamsuite.console.shared.security.KamUser;
import com.kamsuite.runtime.Roles;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The opportunity page: products, value assessment, sales team and credit split, owner change, tender, activities
 * and action items, confirmation, revisions and stage history. Each form posts here; the console asks the service
 * and comes back to the page (post/redirect/get) or, when the service refuses, shows the refusal next to the form
 * and the fields it names, with what the user typed.
 */
@Controller
class OpportunityController {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> TEAM_ROLES = List.of("ACCOUNT_MANAGER", "PRE_SALES", "SERVICE", "CHANNEL_MANAGER",
            "EXECUTIVE_SPONSOR", "OTHER");
    static final List<String> BUYING_ROLES = List.of("DECISION_MAKER", "TECHNICAL_EXPERT", "PURCHASER", "USER", "EVALUATOR",
            "EXECUTIVE_SPONSOR");
    static final List<String> ACTIVITY_TYPES = List.of("MEETING", "CALL", "VISIT", "WORKSHOP", "DEMONSTRATION", "SAMPLE",
            "PROPOSAL", "TENDER_BRIEFING", "OTHER");

    private static final ParameterizedTypeReference<List<Activity>> ACTIVITIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ActionItem>> ACTION_ITEMS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final PeopleDirectory people;

    OpportunityController(Gateway gateway, PeopleDirectory people) {
        this.gateway = gateway;
        this.people = people;
    }

    @GetMapping("/opportunities/{id}")
    String page(@PathVariable String id, @AuthenticationPrincipal KamUser me, Model model) {
        return render(id, me, model, null, null, Map.of());
    }

    @PostMapping("/opportunities/{id}/moves")
    String move(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                Model model, HttpServletResponse response) {
        return act(id, "move", form, me, model, response, "stage",
                () -> gateway.post("/api/opportunities/{id}/stage-moves", body(form, "stage", "reason"), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/win")
    String win(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
               Model model, HttpServletResponse response) {
        return act(id, "win", form, me, model, response, "stage",
                () -> gateway.post("/api/opportunities/{id}/win", body(form, "wonOn"), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/loss")
    String lose(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                Model model, HttpServletResponse response) {
        return act(id, "loss", form, me, model, response, "stage",
                () -> gateway.post("/api/opportunities/{id}/loss", body(form, "reason", "winningCompetitor", "lostOn"), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/contacts")
    String addContact(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                      Model model, HttpServletResponse response) {
        return act(id, "contact", form, me, model, response, "contacts",
                () -> gateway.post("/api/opportunities/{id}/contacts", body(form, "name", "title", "buyingRole"), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/assessments")
    String assess(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                  Model model, HttpServletResponse response) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        AssessmentQuestions.all().forEach(question -> {
            String answer = form.getFirst("q." + question);
            if (answer != null && !answer.isBlank()) {
                answers.put(question, "yes".equals(answer));
            }
        });
        Map<String, Object> body = body(form, "note");
        body.put("answers", answers);
        return act(id, "assessment", form, me, model, response, "assessment",
                () -> gateway.post("/api/opportunities/{id}/assessments", body, Map.class, id));
    }

    @PostMapping("/opportunities/{id}/team")
    String putMember(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                     Model model, HttpServletResponse response) {
        String personId = Objects.requireNonNullElse(form.getFirst("personId"), "");
        return act(id, "member", form, me, model, response, "team",
                () -> gateway.put("/api/opportunities/{id}/team/{personId}", body(form, "role"), Map.class, id, personId));
    }

    @PostMapping("/opportunities/{id}/team/{personId}/removal")
    String removeMember(@PathVariable String id, @PathVariable String personId, @AuthenticationPrincipal KamUser me,
                        Model model, HttpServletResponse response) {
        return act(id, "member", new org.springframework.util.LinkedMultiValueMap<>(), me, model, response, "team", () -> {
            gateway.delete("/api/opportunities/{id}/team/{personId}", id, personId);
            return null;
        });
    }

    @PostMapping("/opportunities/{id}/credit-split")
    String splitCredit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                       Model model, HttpServletResponse response) {
        List<Map<String, Object>> shares = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("share.") && values.get(0) != null && !values.get(0).isBlank()) {
                shares.add(Map.of("personId", name.substring("share.".length()), "percent", values.get(0).trim()));
            }
        });
        return act(id, "credit", form, me, model, response, "team",
                () -> gateway.put("/api/opportunities/{id}/credit-split", Map.of("shares", shares), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/owner-change")
    String changeOwner(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                       Model model, HttpServletResponse response) {
        return act(id, "owner", form, me, model, response, "team",
                () -> gateway.post("/api/opportunities/{id}/owner-change", body(form, "newOwnerId", "reason"), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/confirmation")
    String confirm(@PathVariable String id, @AuthenticationPrincipal KamUser me, Model model, HttpServletResponse response) {
        return act(id, "confirm", new org.springframework.util.LinkedMultiValueMap<>(), me, model, response, "confirmation",
                () -> gateway.post("/api/opportunities/{id}/confirmation", Map.of(), Map.class, id));
    }

    @PostMapping("/opportunities/{id}/revision")
    String revise(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                  Model model, HttpServletResponse response) {
        return act(id, "revise", form, me, model, response, "revisions", () -> {
            Opportunity current = gateway.get("/api/opportunities/{id}", Opportunity.class, id);
            Map<String, Object> body = body(form, "name", "amount", "currency", "expectedCloseDate", "reason");
            body.put("source", current.source());
            body.put("products", current.products());
            return gateway.put("/api/opportunities/{id}", body, Map.class, id);
        });
    }

    @PostMapping("/opportunities/{id}/action-items")
    String addActionItem(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                         Model model, HttpServletResponse response) {
        Map<String, Object> body = body(form, "description", "assigneeId", "dueDate");
        body.put("opportunityId", id);
        return act(id, "actionItem", form, me, model, response, "action-items",
                () -> gateway.post("/api/opportunities/action-items", body, Map.class));
    }

    @PostMapping("/opportunities/{id}/action-items/{itemId}/completion")
    String completeActionItem(@PathVariable String id, @PathVariable String itemId, @AuthenticationPrincipal KamUser me,
                              Model model, HttpServletResponse response) {
        return act(id, "actionItem", new org.springframework.util.LinkedMultiValueMap<>(), me, model, response, "action-items",
                () -> gateway.post("/api/opportunities/action-items/{itemId}/completion", Map.of(), Map.class, itemId));
    }

    @PostMapping("/opportunities/{id}/activities")
    String addActivity(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal KamUser me,
                       Model model, HttpServletResponse response) {
        Map<String, Object> body = body(form, "type", "subject", "durationMinutes", "location", "notes");
        body.put("opportunityId", id);
        String at = form.getFirst("scheduledAt");
        body.put("scheduledAt", at == null || at.isBlank() ? null : toInstant(at));
        return act(id, "activity", form, me, model, response, "activities",
                () -> gateway.post("/api/opportunities/activities", body, Map.class));
    }

    /** Runs a change; back to the page on success, or the page with the refusal next to the form that caused it. */
    private String act(String id, String formName, MultiValueMap<String, String> form, KamUser me, Model model,
                       HttpServletResponse response, String anchor, java.util.function.Supplier<Object> call) {
        try {
            call.get();
        } catch (GatewayProblemException refused) {
            if (refused.status() == 404 || refused.status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.status());
            return render(id, me, model, formName, refused.problem(), form.toSingleValueMap());
        }
        return "redirect:/opportunities/" + id + "#" + anchor;
    }

    private String render(String id, KamUser me, Model model, String failedForm, Problem problem, Map<String, String> typed) {
        Opportunity opportunity = gateway.get("/api/opportunities/{id}", Opportunity.class, id);
        PipelineViews.Page listed = gateway.get(uri -> uri.path("/api/opportunities/pipeline").queryParam("ids", id).build(),
                PipelineViews.Page.class);
        Tender tender = tenderOf(id);
        List<Activity> activities = gateway.get(uri -> uri.path("/api/opportunities/activities").queryParam("opportunityId", id).build(), ACTIVITIES);
        List<ActionItem> actionItems = gateway.get(uri -> uri.path("/api/opportunities/action-items").queryParam("opportunityId", id).build(), ACTION_ITEMS);

        Set<String> personIds = new LinkedHashSet<>();
        personIds.add(opportunity.ownerId());
        personIds.add(opportunity.createdBy());
        opportunity.team().forEach(member -> personIds.add(member.personId()));
        opportunity.stageMoves().forEach(move -> personIds.add(move.by()));
        opportunity.revisions().forEach(revision -> personIds.add(revision.by()));
        opportunity.ownerChanges().forEach(change -> {
            personIds.add(change.by());
            personIds.add(change.ownerId());
            personIds.add(change.previousOwnerId());
        });
        actionItems.forEach(item -> personIds.add(item.assigneeId()));
        activities.forEach(activity -> personIds.add(activity.recordedBy()));
        if (opportunity.latestAssessment() != null) {
            personIds.add(opportunity.latestAssessment().by());
        }
        Map<String, Person> names = people.byId(personIds);

        boolean onTeam = me.sells() && opportunity.hasOnTeam(me.personId());
        boolean primaryOwner = me.sells() && me.personId().equals(opportunity.ownerId());
        Person owner = names.get(opportunity.ownerId());
        boolean changesOwner = opportunity.isOpen() && me.leads()
                && (me.hasRole(Roles.DIVISION_HEAD) || owner != null && me.personId().equals(owner.superiorId()));

        Map<String, Object> may = new HashMap<>();
        may.put("work", onTeam && opportunity.isOpen());
        may.put("log", onTeam);
        may.put("manageTeam", primaryOwner && opportunity.isOpen());
        may.put("changeOwner", changesOwner);
        may.put("confirm", primaryOwner && opportunity.isOpen() && !opportunity.confirmed() && opportunity.expectedCloseDate() != null);

        model.addAttribute("o", opportunity);
        model.addAttribute("item", listed.items().isEmpty() ? null : listed.items().get(0));
        model.addAttribute("tender", tender);
        model.addAttribute("activities", activities);
        model.addAttribute("actionItems", actionItems);
        model.addAttribute("names", names);
        model.addAttribute("may", may);
        model.addAttribute("pickable", (Boolean) may.get("manageTeam") || changesOwner || onTeam ? people.active() : List.of());
        model.addAttribute("questions", AssessmentQuestions.BY_DIMENSION);
        model.addAttribute("openStages", List.of("01", "02", "03", "04", "05", "06", "07"));
        model.addAttribute("teamRoles", TEAM_ROLES);
        model.addAttribute("buyingRoles", BUYING_ROLES);
        model.addAttribute("activityTypes", ACTIVITY_TYPES);
        model.addAttribute("failed", failedForm);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        model.addAttribute("today", LocalDate.now(ZONE));
        return "opportunity/page";
    }

    private Tender tenderOf(String id) {
        try {
            return gateway.get("/api/opportunities/{id}/tender", Tender.class, id);
        } catch (GatewayProblemException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** The named fields of the form as a JSON body; a field left empty is sent as absent (null). */
    private static Map<String, Object> body(MultiValueMap<String, String> form, String... fields) {
        Map<String, Object> body = new HashMap<>();
        for (String field : fields) {
            String value = form.getFirst(field);
            body.put(field, value == null || value.isBlank() ? null : value.trim());
        }
        return body;
    }

    /** A local date-time typed in the form (the browser's datetime-local) is a time in the suite's zone. */
    private static Object toInstant(String local) {
        try {
            return LocalDateTime.parse(local).atZone(ZONE).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return local;
        }
    }
}
