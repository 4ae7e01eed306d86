package jp.mypage.mail;

/** Fired when a mail entered the outbox; delivery starts once the transaction commits. */
public record MailQueued(long mailId) {
}
