package com.kamsuite.customer.common.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Ids of the entries inside one aggregate ({@code kp-1}, {@code sv-3}): the prefix and one more than the highest. */
public final class LocalIds {

    private LocalIds() {
    }

    public static String next(String prefix, List<String> taken) {
        int next = taken.stream().filter(Objects::nonNull).map(id -> id.substring(id.indexOf('-') + 1))
                .mapToInt(LocalIds::numberOf).max().orElse(0) + 1;
        return prefix + "-" + next;
    }

    /** The items of another aggregate, renumbered after the ids this one has taken (for a merge). */
    public static <T> List<T> renumbered(List<T> items, String prefix, List<String> taken, BiFunction<T, String, T> withId) {
        List<String> ids = new ArrayList<>(taken);
        List<T> result = new ArrayList<>();
        for (T item : items) {
            String id = next(prefix, ids);
            ids.add(id);
            result.add(withId.apply(item, id));
        }
        return result;
    }

    public static <T> List<String> idsOf(List<T> items, Function<T, String> idOf) {
        return items.stream().map(idOf).toList();
    }

    private static int numberOf(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }
}
