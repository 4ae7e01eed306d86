package jp.mypage.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.PortalLinks;

/**
 * One decision on one application, in the caller's transaction or, called without one (the bulk
 * decisions), in its own. The account row is locked first ({@code SELECT ... FOR UPDATE}), so of two
 * operators deciding at once the second waits, then finds the application decided and fails with
 * {@link AlreadyDecidedException}: exactly one decision, at most one mail. Internal to
 * {@link ApprovalService}.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ApplicationDecisions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** 承認する, and the approval mail. */
    public void approve(long accountId, String operator) {
        Account account = lockPending(accountId);
        em.persist(account.approve(operator, clock.instant()));
        outbox.queue(account, MailTemplate.ACCOUNT_APPROVED, account.getProfile().getPersonName(),
                links.login(account.getType()), account.getEmail().value(), account.getType());
    }

    /** 承認しない, and the mail if asked for. */
    public void reject(long accountId, String operator, boolean notifyByMail, String reason) {
        Account account = lockPending(accountId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        em.persist(account.reject(operator, clock.instant(), why));
        if (notifyByMail) {
            outbox.queue(account, why == null ? MailTemplate.ACCOUNT_REJECTED : MailTemplate.ACCOUNT_REJECTED_WITH_REASON,
                    account.getProfile().getPersonName(), null, null, account.getType(), why);
        }
    }

    private Account lockPending(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new ApplicationNotFoundException(accountId);
        }
        if (account.getStatus() != AccountStatus.PENDING_APPROVAL) {
            throw new AlreadyDecidedException(accountId, account.getStatus());
        }
        return account;
    }
}
