package jp.mypage.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mypage.domain.mail.MailStatus;
import jp.mypage.domain.mail.OutboxMail;

/** Delivers one queued mail in a transaction of its own, recording success or the failed attempt. */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailTransport transport;

    /** The ids of mails whose (next) attempt is due, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueMailIds() {
        return em.createNamedQuery(OutboxMail.DUE, OutboxMail.class)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultStream()
                .map(OutboxMail::getId)
                .toList();
    }

    /** @return whether the mail left the queue (delivered or kept locally) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || mail.getStatus() != MailStatus.PENDING || mail.getNextAttemptAt().isAfter(now)) {
            return false;
        }
        try {
            transport.deliver(mail, now);
            return true;
        } catch (MailDeliveryException e) {
            mail.attemptFailed(now, e.getMessage());
            LOG.log(Level.WARNING, "Mail {0} not delivered (attempt {1}, status {2}): {3}",
                    new Object[] {mail.getId(), mail.getAttempts(), mail.getStatus(), e.getMessage()});
            return false;
        }
    }
}
