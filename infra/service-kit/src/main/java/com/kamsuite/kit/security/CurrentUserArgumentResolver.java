package com.kamsuite.kit.security;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.runtime.KamClaims;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.HashSet;
import java.util.List;

/** Gives controllers a {@link CurrentUser} parameter built from the validated token. */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentUser.class.equals(parameter.getParameterType());
    }

    @Override
    public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                       NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return current();
    }

    /** The caller of the current request; refuses a token that names no division. */
    public static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new ForbiddenException("forbidden", "no access token");
        }
        Jwt jwt = token.getToken();
        String division = jwt.getClaimAsString(KamClaims.DIVISION);
        if (division == null || division.isBlank()) {
            throw new ForbiddenException("no-division", "the access token names no division");
        }
        List<String> roles = jwt.hasClaim(KamClaims.ROLES) ? jwt.getClaimAsStringList(KamClaims.ROLES) : List.of();
        return new CurrentUser(jwt.getSubject(), division, new HashSet<>(roles), jwt.getClaimAsString(KamClaims.PARTNER_ID));
    }
}
