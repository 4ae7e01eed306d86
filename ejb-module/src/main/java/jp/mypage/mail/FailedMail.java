package jp.mypage.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mail that gave up, as 配信エラー lists it: to whom, which mail, how often it was tried, the last
 * error and when. Never its body or its links.
 *
 * @param kind the mail's template name ({@code EMAIL_CONFIRMATION}), or null for mails older than the column
 * @param resendable whether 再送信 may send it again as it is: false for a mail whose one-time link was erased
 */
public record FailedMail(long id, String recipient, String kind, int attempts, String lastError, Instant lastAttemptAt,
        boolean resendable) implements Serializable {
}
