package com.kamsuite.customer.duplicates.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised form of a company name, the key of duplicate search (确定客户惟一性): full-width folded to
 * half-width (NFKC), Latin accents and case folded, traditional Chinese folded to simplified, punctuation and spaces
 * removed, and legal forms stripped from the end (有限公司, 股份有限公司, 集团, Co., Ltd., Inc., GmbH…), so that
 * 華為技術有限公司 and 华为技术（有限公司） both become {@code 华为技术}.
 */
public final class CompanyNames {

    /** Chinese legal forms, longest first, stripped repeatedly from the end of the name. */
    private static final List<String> CHINESE_FORMS = List.of(
            "集团股份有限公司", "集团有限责任公司", "股份有限公司", "有限责任公司", "集团有限公司", "控股有限公司",
            "有限合伙企业", "股份合作公司", "股份公司", "有限公司", "集团公司", "控股集团", "合伙企业", "有限合伙",
            "株式会社", "总公司", "公司", "集团");

    /** Latin legal-form words, stripped repeatedly from the end of the name (dots are removed before: s.p.a. is spa). */
    private static final Set<String> LATIN_FORMS = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc",
            "gmbh", "ag", "kg", "kgaa", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy",
            "oyj", "kk", "pte", "pty", "sdn", "bhd", "group", "holding", "holdings");

    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{Mn}+");
    /** Spaces between Chinese characters separate nothing: 三一重工 股份 有限公司 is one word. */
    private static final Pattern HAN_SPACES = Pattern.compile("(?<=\\p{IsHan}) +(?=\\p{IsHan})");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CompanyNames() {
    }

    /** The normalised name; never empty for a name that has a letter or digit. */
    public static String normalize(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        text = Normalizer.normalize(LATIN_ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""),
                Normalizer.Form.NFC);
        text = ChineseScript.toSimplified(text.toLowerCase(Locale.ROOT))
                .replace("&", " and ")
                .replace(".", "")
                .replace("/", "");
        List<String> tokens = new ArrayList<>(Arrays.asList(HAN_SPACES.matcher(SEPARATORS.matcher(text).replaceAll(" ")).replaceAll("").trim().split(" ")));
        tokens.removeIf(String::isEmpty);
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        String whole = String.join("", tokens);
        stripLegalForms(tokens);
        String stripped = String.join("", tokens);
        return stripped.isEmpty() ? whole : stripped;
    }

    private static void stripLegalForms(List<String> tokens) {
        while (!tokens.isEmpty()) {
            int last = tokens.size() - 1;
            String token = tokens.get(last);
            if (LATIN_FORMS.contains(token) || CHINESE_FORMS.contains(token)) {
                if (tokens.size() == 1) {
                    return;
                }
                tokens.remove(last);
                continue;
            }
            if (token.endsWith("分公司")) {
                return; // a branch is an entity of its own
            }
            String form = CHINESE_FORMS.stream().filter(token::endsWith).findFirst().orElse(null);
            if (form == null) {
                return;
            }
            tokens.set(last, token.substring(0, token.length() - form.length()));
        }
    }

    /**
     * The character bigrams of a normalised name (its single character when it has one), the grams of similarity
     * search.
     */
    public static Set<String> bigrams(String normalized) {
        Set<String> grams = new LinkedHashSet<>();
        if (normalized.length() == 1) {
            grams.add(normalized);
        }
        for (int i = 0; i + 2 <= normalized.length(); i++) {
            grams.add(normalized.substring(i, i + 2));
        }
        return grams;
    }

    /**
     * How alike two normalised names are, from 0 to 1: the Sørensen–Dice coefficient of their character bigrams
     * (上海电气 and 上海电器 share two of three bigrams each: 0.67).
     */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        Set<String> first = bigrams(a);
        Set<String> second = bigrams(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0.0;
        }
        long shared = first.stream().filter(second::contains).count();
        return 2.0 * shared / (first.size() + second.size());
    }
}
