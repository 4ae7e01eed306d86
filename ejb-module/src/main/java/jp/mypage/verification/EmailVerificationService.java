package jp.mypage.verification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.mypage.account.Accounts;
import jp.mypage.approval.Approvals;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.approval.ApprovalSetting;
import jp.mypage.domain.token.TokenPurpose;
import jp.mypage.domain.token.TokenState;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.MailThrottle;
import jp.mypage.mail.PortalLinks;
import jp.mypage.token.InvalidTokenException;
import jp.mypage.token.OneTimeLinkService;

/**
 * 本登録 by email. Opening the link shows a page (a GET changes nothing, so a mail scanner that
 * follows links confirms nothing); its button confirms. Valid 24 hours, once.
 */
@Stateless
public class EmailVerificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private OneTimeLinkService links;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks portalLinks;

    @Inject
    private MailThrottle throttle;

    @Inject
    private Approvals approvals;

    /**
     * Issues a confirmation link for an account waiting for 本登録 and queues its mail; an older
     * link stops working.
     */
    public void sendConfirmation(Account account) {
        String token = links.issue(account, TokenPurpose.EMAIL_CONFIRMATION);
        outbox.queue(account, MailTemplate.EMAIL_CONFIRMATION, account.getProfile().getPersonName(),
                portalLinks.confirmation(token), TokenPurpose.EMAIL_CONFIRMATION.validity().toHours());
        em.persist(account.record(AccountEventType.CONFIRMATION_SENT, AccountEvent.ACTOR_SYSTEM, clock.instant(), null));
    }

    /**
     * What the link page may show before the button is pressed: the type of the account.
     *
     * @throws InvalidTokenException if the link cannot be used
     */
    public AccountType inspect(String token) {
        Account account = links.inspect(token, TokenPurpose.EMAIL_CONFIRMATION);
        if (account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            // confirmed another way meanwhile (a reset link of the unconfirmed account)
            throw new InvalidTokenException(TokenState.USED);
        }
        return account.getType();
    }

    /**
     * Completes 本登録. Under 自動承認 the account is active at once; under 管理者承認 it waits for an
     * operator (PENDING_APPROVAL), and the operators are mailed if the setting says so.
     *
     * @return the type of the confirmed account (the login page preselects it)
     * @throws InvalidTokenException if the link is unknown, used, replaced or expired
     */
    public AccountType confirm(String token) {
        Account account = links.redeem(token, TokenPurpose.EMAIL_CONFIRMATION);
        if (account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            throw new InvalidTokenException(TokenState.USED);
        }
        completeConfirmation(account);
        return account.getType();
    }

    /**
     * 本登録 of an account whose holder proved the address by a link we mailed (the confirmation
     * link, or a reset link of an unconfirmed account), under the approval setting of its type.
     */
    public void completeConfirmation(Account account) {
        ApprovalSetting setting = approvals.settingFor(account.getType());
        em.persist(account.confirmEmail(clock.instant(), setting.approvalRequired()));
        if (setting.approvalRequired() && setting.isNotifyOperators()) {
            approvals.notifyOperators(account);
        }
    }

    /**
     * Sends a new confirmation link if an account of this type and address waits for 本登録.
     * Answers nothing either way, so the form reveals no account.
     */
    public void resendConfirmation(AccountType type, String email) {
        accounts.find(type, email)
                .filter(account -> account.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(this::sendConfirmationUnlessThrottled);
    }

    /**
     * {@link #sendConfirmation(Account)} for requests anybody can make (resend): at most one such
     * mail a minute per account.
     */
    public void sendConfirmationUnlessThrottled(Account account) {
        if (throttle.allows(account, AccountEventType.CONFIRMATION_SENT)) {
            sendConfirmation(account);
        }
    }
}
