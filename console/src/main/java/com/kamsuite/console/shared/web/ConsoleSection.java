package com.kamsuite.console.shared.web;

import com.kamsuite.console.shared.security.KamUser;

/**
 * An entry of the main navigation. Each feature contributes its own as a bean; the layout lists those the signed-in
 * person may use, by {@link #order()}. A new area of the console (forecasts, quotas, …) adds one and a controller.
 *
 * @param key   message key of its label ({@code nav.<key>})
 * @param path  where it starts
 * @param order position in the navigation
 */
public record ConsoleSection(String key, String path, int order, java.util.function.Predicate<KamUser> visibleTo) {

    public boolean isVisibleTo(KamUser user) {
        return visibleTo.test(user);
    }

    /** Whether a request path belongs to this section, to mark it as the current one. */
    public boolean contains(String requestPath) {
        return path.equals("/") ? requestPath.equals("/") : requestPath.startsWith(path);
    }
}
