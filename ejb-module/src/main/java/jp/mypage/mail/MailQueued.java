package jp.mypage.mail;

/**
 * Fired when a transaction queued its first mail (the sequence assigns the id at persist); delivery
 * starts once the transaction commits.
 */
public record MailQueued(long mailId) {
}
