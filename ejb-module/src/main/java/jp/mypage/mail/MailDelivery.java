package jp.mypage.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mypage.domain.mail.MailStatus;
import jp.mypage.domain.mail.OutboxMail;

/**
 * Delivers one queued mail in a transaction of its own, recording success or the failed attempt.
 *
 * <p>Several nodes of a cluster work through one outbox at once. A delivery first claims its mail's
 * row with {@code SELECT … FOR UPDATE SKIP LOCKED}: the row stays locked until the mail's new status
 * commits, and a node that finds it locked skips it at once instead of waiting for the SMTP
 * conversation of another node to end. After the claim the mail is read again, so one that another
 * node delivered in the meantime is left alone: each mail is handed to the SMTP server once (unless
 * the database fails between the hand-over and the commit, when it is retried: at least once).
 *
 * <p>The same statement runs on PostgreSQL 15 and on H2 2.2 (the single-node default), which both
 * know {@code SKIP LOCKED}. The claim names one row by its primary key: H2 2.2.224 locks every row
 * an ordered, limited {@code FOR UPDATE} query matches, not only those it returns (a "first due mail"
 * claim would lock the whole outbox for one mail), so the due list is read without locks and each
 * row is claimed alone, which behaves the same on both databases.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 50;
    /** Locks the mail's row for this transaction, or returns nothing when another one holds it. */
    static final String CLAIM = "SELECT id FROM outbox_mail WHERE id = ?1 FOR UPDATE SKIP LOCKED";

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

    /** What became of one delivery. */
    public enum Outcome {
        /** The mail left the queue (delivered, or kept locally). */
        DELIVERED,
        /** Not due, or another node is delivering it or has delivered it. */
        SKIPPED,
        /** This mail was refused; its next attempt is scheduled (or it gave up). */
        FAILED,
        /** The server could not be reached or did not answer in time: the next mails would fail alike. */
        SERVER_UNAVAILABLE
    }

    /** Closes the SMTP connection the pass's deliveries shared (no transaction: no database work). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void passEnded() {
        transport.passEnded();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long mailId) {
        if (em.createNativeQuery(CLAIM).setParameter(1, mailId).getResultList().isEmpty()) {
            return Outcome.SKIPPED;
        }
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        Instant now = clock.instant();
        if (mail == null || mail.getStatus() != MailStatus.PENDING || mail.getNextAttemptAt().isAfter(now)) {
            return Outcome.SKIPPED;
        }
        try {
            transport.deliver(mail, now);
            return Outcome.DELIVERED;
        } catch (MailDeliveryException e) {
            mail.attemptFailed(now, e.getMessage());
            LOG.log(Level.WARNING, "Mail {0} not delivered (attempt {1}, status {2}): {3}",
                    new Object[] {mail.getId(), mail.getAttempts(), mail.getStatus(), e.getMessage()});
            return e.isServerUnavailable() ? Outcome.SERVER_UNAVAILABLE : Outcome.FAILED;
        }
    }
}
