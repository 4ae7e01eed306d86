package jp.mypage.registration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.invitation.Invitations;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.MailThrottle;
import jp.mypage.mail.PortalLinks;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.verification.EmailVerificationService;

/**
 * 新規登録 for personal and corporate accounts. The reply never tells whether the address was
 * already registered: a duplicate creates nothing and costs the same time (the password is hashed
 * either way), and the owner of the address is told by mail instead (an invitee who never accepted
 * their invitation gets its link again). An account that never confirmed its address has no owner
 * yet: a repeated sign-up replaces its pending password, profile and language and mails a fresh
 * link, so nobody who signed up first with someone else's address chooses that person's password.
 */
@Stateless
public class RegistrationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private EmailVerificationService verification;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    @Inject
    private MailThrottle throttle;

    @Inject
    private Invitations invitations;

    /**
     * Signs up: a new account waiting for 本登録 and its confirmation mail, or, for an address that
     * already holds an account of this type, a mail to its owner.
     *
     * @param locale the language of the form, which becomes the account's mail language
     * @throws jp.mypage.password.WeakPasswordException if the password breaks the policy
     * @throws ConcurrentSignUpException if the same sign-up committed a moment earlier
     */
    public void signUp(@NotNull @Valid SignUp signUp, @NotNull Locale locale) {
        if (!signUp.isTermsAccepted()) {
            throw new IllegalArgumentException("Consent to the terms of use is required");
        }
        EmailAddress email = EmailAddress.of(signUp.getEmail());
        passwordPolicy.require(signUp.getPassword(), email.value());
        String passwordHash = passwordHashing.hash(signUp.getPassword());
        Instant now = clock.instant();

        Optional<Account> existing = accounts.find(signUp.accountType(), email.value());
        if (existing.isPresent()) {
            tellOwner(existing.get(), signUp, passwordHash, locale, now);
            return;
        }
        Account account = Account.signUp(signUp.accountType(), email, passwordHash, signUp.getProfile().toProfile(),
                locale, now);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConcurrentSignUpException();
        }
        em.persist(account.signedUpEvent());
        verification.sendConfirmation(account);
    }

    private void tellOwner(Account owner, SignUp signUp, String passwordHash, Locale locale, Instant now) {
        em.persist(owner.record(AccountEventType.DUPLICATE_SIGN_UP, AccountEvent.ACTOR_SYSTEM, now, null));
        if (owner.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            replacePendingSignUp(owner, signUp, passwordHash, locale, now);
            return;
        }
        if (owner.getStatus() == AccountStatus.INVITED) {
            invitations.sendUnlessThrottled(owner);
            return;
        }
        if (throttle.allows(owner, AccountEventType.ALREADY_REGISTERED_NOTICE_SENT)) {
            outbox.queue(owner, MailTemplate.ALREADY_REGISTERED, owner.getProfile().getPersonName(),
                    links.login(owner.getType()), links.forgotPassword(), owner.getType());
            em.persist(owner.record(AccountEventType.ALREADY_REGISTERED_NOTICE_SENT, AccountEvent.ACTOR_SYSTEM, now, null));
        }
    }

    /**
     * Nobody has proved they read this address yet, so the newest sign-up wins: its password,
     * profile and language replace the pending ones, and a fresh link (which ends the older ones)
     * is mailed in its language. Within a minute of the last confirmation mail nothing changes and
     * nothing is mailed (the throttle records it), so the link that mail carries keeps confirming
     * the password it was sent for.
     */
    private void replacePendingSignUp(Account owner, SignUp signUp, String passwordHash, Locale locale, Instant now) {
        if (!throttle.allows(owner, AccountEventType.CONFIRMATION_SENT)) {
            return;
        }
        em.refresh(owner);
        em.persist(owner.replacePendingSignUp(passwordHash, signUp.getProfile().toProfile(), locale, now));
        verification.sendConfirmation(owner);
    }
}
