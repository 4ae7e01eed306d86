package jp.mypage.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import jp.mypage.domain.mail.OutboxMail;

/**
 * 配信エラー on the operators' console: the mails whose delivery gave up after every attempt, and
 * 再送信, which queues such a mail again as it is.
 *
 * <p>A confirmation, reset or invitation mail is never resent: its one-time link's secret was
 * erased from the stored body when delivery gave up (only its hash is kept, so it cannot be
 * rebuilt), and a mail with a dead link helps nobody. Its owner asks for a new link
 * (本登録メールの再送, パスワード再設定) and an invitee gets one from 招待メールを再送する, each of which
 * makes a fresh link and invalidates the old one. Every other mail holds no secret and is resent
 * unchanged.
 *
 * <p>Each mail is resent once however many operators press 再送信 together: its row is locked,
 * and only a mail still failed is queued again.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MailFailures {

    private static final Logger LOG = Logger.getLogger(MailFailures.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @jakarta.annotation.Resource
    private SessionContext context;

    public long count() {
        return em.createNamedQuery(OutboxMail.COUNT_FAILED, Long.class).getSingleResult();
    }

    /** A page of the failed mails, newest first. */
    public List<FailedMail> page(int first, int max) {
        return em.createNamedQuery(OutboxMail.FAILED, OutboxMail.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(MailFailures::row)
                .toList();
    }

    /**
     * 再送信: queues the failed mails among these again, due now.
     *
     * @return how many were queued; the others were not failed any more (resent or delivered
     *     meanwhile) or carried a one-time link
     */
    public int resend(Collection<Long> mailIds) {
        Instant now = clock.instant();
        int resent = 0;
        Long first = null;
        for (Long id : mailIds) {
            OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (mail != null && mail.isResendable()) {
                mail.resend(now);
                resent++;
                first = first == null ? id : first;
            }
        }
        if (first != null) {
            String operator = context.getCallerPrincipal().getName();
            int count = resent;
            LOG.info(() -> count + " failed mail(s) queued again by " + operator);
            queued.fire(new MailQueued(first));
        }
        return resent;
    }

    private static FailedMail row(OutboxMail mail) {
        return new FailedMail(mail.getId(), mail.getRecipient().value(), mail.getKind().orElse(null), mail.getAttempts(),
                mail.getLastError().orElse(""), mail.getLastAttemptAt(), mail.isResendable());
    }
}
