package com.kamsuite.kit.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The unit a product's quantity is counted in, as a UN/CEFACT Recommendation 20 common code, the codes production
 * planning and ERP systems exchange. The suite accepts the units an industrial equipment maker sells in; a product
 * line that names none is counted in {@link #DEFAULT} (C62, "one": 台/个, a piece of equipment).
 */
public record UnitOfMeasure(String code) {

    /** Code → English name (the Chinese name a screen shows follows after the slash). */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("C62", "one / 台、个");
        KNOWN.put("H87", "piece / 件");
        KNOWN.put("SET", "set / 套");
        KNOWN.put("PR", "pair / 对");
        KNOWN.put("LO", "lot / 批");
        KNOWN.put("MTR", "metre / 米");
        KNOWN.put("KMT", "kilometre / 千米");
        KNOWN.put("MTK", "square metre / 平方米");
        KNOWN.put("MTQ", "cubic metre / 立方米");
        KNOWN.put("KGM", "kilogram / 千克");
        KNOWN.put("TNE", "tonne / 吨");
        KNOWN.put("LTR", "litre / 升");
    }

    public static final UnitOfMeasure DEFAULT = new UnitOfMeasure("C62");
    /** The pattern of a code, for request validation before the list is consulted. */
    public static final String PATTERN = "[A-Z0-9]{2,3}";

    public UnitOfMeasure {
        if (code == null || !KNOWN.containsKey(code)) {
            throw new IllegalArgumentException("a unit of measure is one of the UN/CEFACT codes " + KNOWN.keySet() + ", not " + code);
        }
    }

    /** The unit of a code, {@link #DEFAULT} when none is given. */
    public static UnitOfMeasure ofNullable(String code) {
        return code == null || code.isBlank() ? DEFAULT : new UnitOfMeasure(code.strip());
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.containsKey(code);
    }

    public static Set<String> codes() {
        return java.util.Collections.unmodifiableSet(KNOWN.keySet());
    }

    public String name() {
        return KNOWN.get(code);
    }
}
