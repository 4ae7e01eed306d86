package jp.mypage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;

/**
 * Keeps anybody who knows an address from flooding its owner: a mail that a form sends without
 * proof of identity (a new confirmation link, a reset link, an "already registered" notice) goes
 * to one account at most once per {@link #PAUSE} per kind. The form's answer stays the same, and a
 * throttled request is recorded.
 *
 * <p>Requests for one account at the same moment are decided one after the other: the account's
 * row stays locked until the asking transaction ends, so the next one sees the mail the first
 * recorded. The lock is taken with SQL: {@code em.lock} fails when another transaction changed the
 * account meanwhile (a login does), and {@code em.refresh} would drop the caller's unsaved changes.
 */
@ApplicationScoped
public class MailThrottle {

    public static final Duration PAUSE = Duration.ofSeconds(60);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Whether a mail recorded as {@code sentType} may go to the account now; records the refusal
     * otherwise. Locks the account until the transaction ends, so the caller must record the mail
     * it sends in this transaction.
     */
    public boolean allows(Account account, AccountEventType sentType) {
        Instant now = clock.instant();
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, account.getId())
                .getResultList();
        Instant last = em.createNamedQuery(AccountEvent.LAST_OF_TYPE, Instant.class)
                .setParameter("account", account)
                .setParameter("type", sentType)
                .getSingleResult();
        if (last != null && now.isBefore(last.plus(PAUSE))) {
            em.persist(account.record(AccountEventType.MAIL_THROTTLED, AccountEvent.ACTOR_SYSTEM, now, sentType.name()));
            return false;
        }
        return true;
    }
}
