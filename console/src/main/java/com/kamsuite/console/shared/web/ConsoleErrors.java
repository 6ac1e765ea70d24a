package com.kamsuite.console.shared.web;

import com.kamsuite.console.shared.gateway.GatewayProblemException;
import com.kamsuite.console.shared.security.KamUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * How a page answers when a call behind it fails: a refusal the user should see (not found in their division,
 * not allowed) as a page in their language; the gateway unreachable as 503; an expired sign-in (the refresh token
 * refused) as a new sign-in.
 */
@ControllerAdvice
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final ConsoleModel layout;

    ConsoleErrors(ConsoleModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(GatewayProblemException.class)
    String refused(GatewayProblemException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = e.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : e.status();
        if (e.status() >= 500) {
            log.warn("gateway answered {}", e.getMessage());
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        // A service's own words for a failure of its own (5xx) are not for the user: the page says what it means to them.
        model.addAttribute("problem", e.status() >= 500 ? null : e.problem());
        layout.addTo(model, request, signedIn());
        return "error/problem";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.warn("gateway unreachable: {}", e.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        layout.addTo(model, request, signedIn());
        return "error/problem";
    }

    /** The refresh token was refused (expired, revoked): the session is over; sign in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    String signInAgain(ClientAuthorizationException e, HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/";
    }

    private static KamUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof KamUser user ? user : null;
    }
}
