package com.kamsuite.customer.duplicates.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds traditional Chinese characters to their simplified form, one character at a time, so 華為技術 and 华为技术
 * give the same key.
 *
 * <p>Why a frozen table and not ICU4J's "Traditional-Simplified" transliterator at run time: the folded names are
 * stored as lookup keys, so the folding must never change under them with a library upgrade (every key would have to
 * be rebuilt), and the domain stays free of a 14 MB dependency. The table ({@code traditional-simplified.txt}: the
 * traditional characters on line 1, their simplified forms at the same positions on line 2) holds the 2,906
 * single-character mappings of ICU4J 77.1's transliterator over the CJK blocks U+3400–U+9FFF. Context-dependent
 * phrases (乾隆 vs 乾燥) fold like their characters, which is what a matching key wants.
 */
public final class ChineseScript {

    private static final char[] SIMPLIFIED = load();

    private ChineseScript() {
    }

    public static String toSimplified(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char folded = SIMPLIFIED[chars[i]];
            if (folded != 0) {
                chars[i] = folded;
            }
        }
        return new String(chars);
    }

    private static char[] load() {
        try (InputStream in = ChineseScript.class.getResourceAsStream("traditional-simplified.txt")) {
            if (in == null) {
                throw new IllegalStateException("traditional-simplified.txt is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String traditional = lines[0];
            String simplified = lines[1];
            if (traditional.length() != simplified.length()) {
                throw new IllegalStateException("traditional-simplified.txt: the two lines differ in length");
            }
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int i = 0; i < traditional.length(); i++) {
                table[traditional.charAt(i)] = simplified.charAt(i);
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
