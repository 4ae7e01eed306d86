package jp.mypage.mail;

import java.time.Instant;
import jp.mypage.domain.mail.OutboxMail;

/** Delivers one queued mail and marks it delivered, or throws so it is retried. */
public interface MailTransport {

    /**
     * @throws MailDeliveryException if the mail could not be handed over; it stays queued
     */
    void deliver(OutboxMail mail, Instant now);

    /**
     * The dispatcher's pass is over: a transport that kept a connection open for the pass's mails
     * closes it. Nothing by default.
     */
    default void passEnded() {
    }
}
