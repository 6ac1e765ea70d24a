package com.kamsuite.customer.duplicates.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Normalised phone numbers and addresses, so "+86 21 5888-1234" and "021 58881234" are the same phone. */
public final class ContactKeys {

    private ContactKeys() {
    }

    /** Digits only, without the country code 86 and the trunk prefix 0; empty when too short to identify anything. */
    public static Optional<String> phone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() > 11) {
            digits = digits.substring(2);
        }
        digits = digits.replaceFirst("^0+", "");
        return digits.length() >= 7 ? Optional.of(digits) : Optional.empty();
    }

    /** Width, case, script and punctuation folded, without a leading 中国; empty when too short to identify anything. */
    public static Optional<String> address(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = ChineseScript.toSimplified(Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("[^\\p{L}\\p{N}]+", "")
                .replaceFirst("^(中华人民共和国|中国|china|prchina)", "");
        return text.length() >= 6 ? Optional.of(text) : Optional.empty();
    }
}
