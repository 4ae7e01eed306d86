package jp.mypage.mail;

import java.time.Instant;
import java.util.logging.Logger;
import jp.mypage.domain.mail.OutboxMail;

/**
 * Used with {@code MAIL_LOCAL_MAILBOX=true} and no SMTP server: the mail stays in the database,
 * readable (links clickable) on the local mailbox page. The log says where it is, never what it
 * says: a body may carry a one-time link.
 */
public class LocalMailboxTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(LocalMailboxTransport.class.getName());

    @Override
    public void deliver(OutboxMail mail, Instant now) {
        mail.keepLocally(now);
        LOG.info(() -> "Mail " + mail.getId() + " not sent (MAIL_LOCAL_MAILBOX): kept in the local mailbox,"
                + " /local-mailbox");
    }
}
