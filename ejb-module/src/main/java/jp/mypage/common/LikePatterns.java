package jp.mypage.common;

import java.util.Locale;

/**
 * LIKE patterns of a free-text search: the text lower-cased, LIKE's own characters escaped by
 * {@code '\'} (write {@code like :pattern escape '\'}), and the hiragana form that also finds
 * katakana フリガナ. The text is expected NFKC-normalised already, like every stored value.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%}, lower case, escaped. */
    public static String containing(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code %text%} with hiragana turned into katakana, escaped (フリガナ is stored in katakana). */
    public static String containingKana(String text) {
        StringBuilder kana = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kana.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return "%" + escape(kana.toString()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
