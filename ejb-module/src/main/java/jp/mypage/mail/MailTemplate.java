package jp.mypage.mail;

/**
 * The mails the portal writes. Each has a subject and a body in the bundle
 * {@code jp/mypage/mail/mail.properties} (Japanese) and {@code mail_en.properties} (English),
 * under {@code <key>.subject} and {@code <key>.body}; the bundle says which arguments each takes.
 */
public enum MailTemplate {
    /** {0} name, {1} confirmation link, {2} hours valid. */
    EMAIL_CONFIRMATION("confirmation"),
    /** {0} name, {1} login page, {2} password reset page, {3} account type. */
    ALREADY_REGISTERED("alreadyRegistered"),
    /** {0} name, {1} password reset link, {2} minutes valid. */
    PASSWORD_RESET("passwordReset"),
    /** {0} name, {1} password reset page. */
    PASSWORD_CHANGED("passwordChanged"),
    /** {0} name, {1} invitation link, {2} days valid, {3} account type, {4} email address, {5} login page. */
    INVITATION("invitation");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    String subjectKey() {
        return key + ".subject";
    }

    String bodyKey() {
        return key + ".body";
    }
}
