package jp.mypage.mail;

import java.time.Instant;
import java.util.logging.Logger;
import jp.mypage.domain.mail.OutboxMail;

/**
 * Used when no SMTP server is configured: the mail stays in the database, readable (links
 * clickable) on the local mailbox page, and is written to the server log.
 */
public class LocalMailboxTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(LocalMailboxTransport.class.getName());

    @Override
    public void deliver(OutboxMail mail, Instant now) {
        mail.keepLocally(now);
        LOG.info(() -> "No MAIL_SMTP_HOST configured; mail kept in the local mailbox (/local-mailbox).\nTo: "
                + mail.getRecipient() + "\nSubject: " + mail.getSubject() + "\n\n" + mail.getBody());
    }
}
