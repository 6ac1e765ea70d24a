package com.kamsuite.console.shared.security;

import com.kamsuite.runtime.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person: who they are from the ID token, their division and roles from the access token the services
 * receive (the same claims, so the console never offers what the services would refuse).
 */
public class KamUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The roles that create and work opportunities (the services' SELLERS). */
    public static final List<String> SELLERS = List.of(Roles.ACCOUNT_MANAGER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.DIVISION_HEAD);
    /** The roles that read the division's opportunities and funnel (the services' READERS). */
    public static final List<String> READERS = List.of(Roles.ACCOUNT_MANAGER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
            Roles.DIVISION_HEAD, Roles.SALES_OPERATIONS, Roles.FINANCE);

    private final String divisionId;
    private final String displayName;

    public KamUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                   String divisionId, String displayName) {
        super(authorities, idToken, userInfo, "sub");
        this.divisionId = divisionId;
        this.displayName = displayName;
    }

    public String personId() {
        return getName();
    }

    public String divisionId() {
        return divisionId;
    }

    public String displayName() {
        return displayName == null || displayName.isBlank() ? getName() : displayName;
    }

    public Set<String> roles() {
        return getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        Set<String> mine = roles();
        for (String role : roles) {
            if (mine.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Creates and works opportunities (the services' SELLERS). */
    public boolean sells() {
        return hasAnyRole(SELLERS.toArray(String[]::new));
    }

    /** Reads the division's opportunities and funnel (the services' READERS). */
    public boolean readsPipeline() {
        return hasAnyRole(READERS.toArray(String[]::new));
    }

    /** Leads people, so sees a team (direct reports). */
    public boolean leads() {
        return hasAnyRole(Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.DIVISION_HEAD);
    }

    public boolean setsFunnelRules() {
        return hasRole(Roles.SALES_OPERATIONS);
    }
}
