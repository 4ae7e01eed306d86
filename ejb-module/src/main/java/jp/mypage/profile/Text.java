package jp.mypage.profile;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Input clean-up, shared by the forms' setters, the pages' converter and the searches: what a
 * Japanese keyboard types in full width becomes ASCII, and control characters no keyboard types go.
 */
public final class Text {

    /** C0 and C1 control characters besides tab and line breaks (U+0000 among them, which PostgreSQL refuses in text). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Text() {
    }

    /** NFKC (全角英数 → ASCII, 半角カナ → 全角カナ), without control characters, stripped; null stays null. */
    public static String normalise(String value) {
        return value == null ? null
                : CONTROL.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("").strip();
    }
}
