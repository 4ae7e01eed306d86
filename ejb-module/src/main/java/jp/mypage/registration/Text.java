package jp.mypage.registration;

/**
 * Forwards to {@link jp.mypage.profile.Text}, where the input clean-up now lives. It stays only
 * for {@code jp.mypage.linking.LearnerQuery}, whose package is being changed on another branch;
 * once that import reads {@code jp.mypage.profile.Text}, delete this class.
 */
@Deprecated(forRemoval = true)
public final class Text {

    private Text() {
    }

    /** {@link jp.mypage.profile.Text#normalise}. */
    public static String normalise(String value) {
        return jp.mypage.profile.Text.normalise(value);
    }
}
