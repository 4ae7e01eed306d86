package jp.mypage.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.mypage.domain.mail.OutboxMail;

/**
 * The mails kept locally because no SMTP server is configured. Only then is there anything to
 * read: with SMTP configured the local mailbox is closed and this returns nothing.
 */
@Stateless
public class LocalMailboxService {

    static final int NEWEST = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings settings;

    public boolean isOpen() {
        return !settings.smtpConfigured();
    }

    /** The newest locally kept mails, newest first. */
    public List<OutboxMail> newestMails() {
        if (!isOpen()) {
            return List.of();
        }
        return em.createNamedQuery(OutboxMail.LOCAL_MAILBOX, OutboxMail.class).setMaxResults(NEWEST).getResultList();
    }
}
