package jp.mypage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Chooses SMTP when {@code MAIL_SMTP_HOST} is set, the local mailbox otherwise. With neither SMTP
 * nor {@code MAIL_LOCAL_MAILBOX=true}, the dispatcher never hands a mail to the transport.
 */
@ApplicationScoped
public class MailTransportProducer {

    @Inject
    private MailSettings settings;

    @Produces
    @ApplicationScoped
    MailTransport transport() {
        return settings.smtpConfigured() ? new SmtpMailTransport(settings) : new LocalMailboxTransport();
    }
}
