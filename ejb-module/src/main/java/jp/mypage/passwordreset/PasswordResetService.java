package jp.mypage.passwordreset;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.token.TokenPurpose;
import jp.mypage.domain.token.TokenState;
import jp.mypage.invitation.Invitations;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.MailThrottle;
import jp.mypage.mail.PortalLinks;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.token.InvalidTokenException;
import jp.mypage.token.OneTimeLinkService;
import jp.mypage.verification.EmailVerificationService;

/**
 * Forgotten passwords: request a link by mail, then choose a new password through it. An active
 * account gets a reset link, and so does an account still waiting for 本登録: its pending password
 * may have been chosen by someone who signed up with this address first, so the reset sets the new
 * password and completes 本登録 (the link arrived at the address). The request never activates an
 * account of another status.
 */
@Stateless
public class PasswordResetService {

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
    private PasswordPolicy passwordPolicy;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private EmailVerificationService verification;

    @Inject
    private MailThrottle throttle;

    @Inject
    private Invitations invitations;

    /**
     * Mails a reset link to an active account of this type and address, or to one still waiting
     * for 本登録; to an invited account, a new invitation link (an invitee who lost the mail looks
     * for it here). Answers nothing either way.
     */
    public void requestReset(AccountType type, String email) {
        Optional<Account> found = accounts.find(type, email);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        if (account.getStatus() == AccountStatus.INVITED) {
            invitations.sendUnlessThrottled(account);
        } else if ((account.getStatus() == AccountStatus.ACTIVE
                        || account.getStatus() == AccountStatus.PENDING_VERIFICATION)
                && throttle.allows(account, AccountEventType.PASSWORD_RESET_REQUESTED)) {
            String token = links.issue(account, TokenPurpose.PASSWORD_RESET);
            outbox.queue(account, MailTemplate.PASSWORD_RESET, account.getProfile().getPersonName(),
                    portalLinks.passwordReset(token), TokenPurpose.PASSWORD_RESET.validity().toMinutes());
            em.persist(account.record(AccountEventType.PASSWORD_RESET_REQUESTED, AccountEvent.ACTOR_SELF,
                    clock.instant(), null));
        }
    }

    /**
     * Whether the link may be used, without using it.
     *
     * @return the account's type
     * @throws InvalidTokenException if it may not
     */
    public AccountType inspect(String token) {
        return links.inspect(token, TokenPurpose.PASSWORD_RESET).getType();
    }

    /**
     * Sets the new password and uses up the link; an account waiting for 本登録 is confirmed with it.
     *
     * @return the account's type (the login page preselects it)
     * @throws jp.mypage.password.WeakPasswordException if the password breaks the policy
     * @throws InvalidTokenException if the link is unknown, used, replaced or expired
     */
    public AccountType reset(String token, String newPassword) {
        Account account = links.inspect(token, TokenPurpose.PASSWORD_RESET);
        passwordPolicy.require(newPassword, account.getEmail().value());
        String hash = passwordHashing.hash(newPassword);
        links.redeem(token, TokenPurpose.PASSWORD_RESET);
        if (account.getStatus() != AccountStatus.ACTIVE && account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            throw new InvalidTokenException(TokenState.USED);
        }
        Instant now = clock.instant();
        boolean confirming = account.getStatus() == AccountStatus.PENDING_VERIFICATION;
        em.persist(account.resetPassword(hash, now));
        if (confirming) {
            verification.completeConfirmation(account);
        }
        outbox.queue(account, MailTemplate.PASSWORD_CHANGED, account.getProfile().getPersonName(),
                portalLinks.forgotPassword());
        return account.getType();
    }
}
