package jp.mypage.password;

/** Why a chosen password is refused; each has a translated message. */
public enum PasswordProblem {
    TOO_SHORT("password.tooShort"),
    TOO_LONG("password.tooLong"),
    COMMON("password.common"),
    SAME_AS_EMAIL("password.sameAsEmail");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
