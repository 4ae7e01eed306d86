package jp.mypage.throttle;

/** What a source address may do a limited number of times per minute. */
public enum ThrottledAction {
    /** A login, to an account or to the operators' console: one PBKDF2 verification each. */
    LOGIN,
    /** 登録する on a sign-up form: one PBKDF2 hash and maybe a mail. */
    SIGN_UP,
    /** パスワードを忘れた方: maybe a mail. */
    PASSWORD_RESET,
    /** A new confirmation link: maybe a mail. */
    RESEND_CONFIRMATION,
    /** 法人ID連携 in 登録情報設定: tells whether a company has that address. */
    CORPORATE_LINK;

    /** Whether the action is limited by {@code THROTTLE_LOGINS_PER_MINUTE} (else {@code THROTTLE_FORMS_PER_MINUTE}). */
    public boolean isLogin() {
        return this == LOGIN;
    }
}
