package com.kamsuite.console.shared.web;

import com.kamsuite.console.shared.security.KamUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every page's layout needs: who is signed in, the navigation they may use, and where they are. */
@ControllerAdvice
class ConsoleModel {

    private final List<ConsoleSection> sections;

    ConsoleModel(List<ConsoleSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order)).toList();
    }

    /**
     * The same for a page an exception handler renders: Spring MVC gives those a model of their own, without the
     * {@code @ModelAttribute}s above, which the layout needs as much as any page.
     */
    void addTo(Model model, HttpServletRequest request, KamUser user) {
        model.addAttribute("me", me(user));
        model.addAttribute("sections", sections(user));
        model.addAttribute("requestPath", requestPath(request));
        model.addAttribute("languageUrls", languageUrls(request));
    }

    @ModelAttribute("me")
    KamUser me(@AuthenticationPrincipal KamUser user) {
        return user;
    }

    @ModelAttribute("sections")
    List<ConsoleSection> sections(@AuthenticationPrincipal KamUser user) {
        return user == null ? List.of() : sections.stream().filter(section -> section.isVisibleTo(user)).toList();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The same page in each language: the language switch comes back to where the user was, filters and all. */
    @ModelAttribute("languageUrls")
    Map<String, String> languageUrls(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString().replaceAll("(^|&)lang=[^&]*", "")
                .replaceFirst("^&", "");
        String base = request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=";
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("zh-CN", base + "zh-CN");
        urls.put("en", base + "en");
        return urls;
    }
}
