package jp.mypage.domain.mail;

/** Where a queued mail stands. */
public enum MailStatus {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: kept in the local mailbox page for a person running the portal locally. */
    LOCAL,
    /** Gave up after {@link OutboxMail#MAX_ATTEMPTS} attempts; an operator must look. */
    FAILED
}
