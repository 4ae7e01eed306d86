package jp.mypage.mail;

/**
 * A mail argument that is itself a text of the mail bundle, written in the recipient's language:
 * {@code new MailText("money", amount)}.
 */
public record MailText(String key, Object... arguments) {
}
