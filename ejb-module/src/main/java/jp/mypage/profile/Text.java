package jp.mypage.profile;

import java.text.Normalizer;

/**
 * Input clean-up, shared by the forms' setters and the pages' converter: what a Japanese keyboard
 * types in full width becomes ASCII.
 */
public final class Text {

    private Text() {
    }

    /** NFKC (全角英数 → ASCII, 半角カナ → 全角カナ), stripped; null stays null. */
    public static String normalise(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }
}
