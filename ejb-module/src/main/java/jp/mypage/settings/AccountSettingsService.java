package jp.mypage.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.PortalLinks;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.profile.ProfileForm;

/** 登録情報設定 of the signed-in account holder. */
@Stateless
@RolesAllowed({"PERSONAL", "CORPORATE"})
public class AccountSettingsService {

    @Resource
    private SessionContext context;

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
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** The caller's account as it is stored now. */
    public Account myAccount() {
        return accounts.caller(context.getCallerPrincipal());
    }

    /** The caller's profile, as a form of their account type. */
    public ProfileForm myProfileForm() {
        Account account = myAccount();
        return ProfileForm.of(account.getType(), account.getProfile());
    }

    /**
     * @throws IllegalArgumentException if the form is of the other account type
     */
    public void changeProfile(@NotNull @Valid ProfileForm form) {
        Account account = myAccount();
        if (form.accountType() != account.getType()) {
            throw new IllegalArgumentException("A " + form.accountType() + " form for a " + account.getType() + " account");
        }
        em.persist(account.changeProfile(form.toProfile(), clock.instant()));
    }

    /**
     * Changes the password and ends every session of the account that began before. A wrong
     * current password counts toward the login lock like a wrong login, and during a lock even the
     * right one is refused, so a session left open does not let anyone guess the password.
     *
     * @return the moment from which sessions count: the caller's own session renews to it
     * @throws WrongPasswordException if the current password is wrong
     * @throws jp.mypage.password.WeakPasswordException if the new one breaks the policy
     */
    public Instant changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = myAccount();
        Instant now = sessionBoundary();
        Optional<String> storedHash = account.getPasswordHash();
        boolean matches = storedHash.map(hash -> passwordHashing.verify(currentPassword, hash)).orElse(false);
        // counted one after the other with logins and other changes, as AuthenticationService does
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!storedHash.equals(account.getPasswordHash()) || account.isLockedAt(now)) {
            throw new WrongPasswordException();
        }
        if (!matches) {
            em.persist(account.loginFailed(now));
            throw new WrongPasswordException();
        }
        passwordPolicy.require(newPassword, account.getEmail().value());
        em.persist(account.changePassword(passwordHashing.hash(newPassword), now));
        outbox.queue(account, MailTemplate.PASSWORD_CHANGED, account.getProfile().getPersonName(),
                links.forgotPassword());
        return now;
    }

    /**
     * 他の端末からログアウト: ends every session of the account that began before now.
     *
     * @return the moment from which sessions count: the caller's own session renews to it
     */
    public Instant endOtherSessions() {
        Instant now = sessionBoundary();
        em.persist(myAccount().endSessionsBefore(now));
        return now;
    }

    /**
     * Now, in whole milliseconds: the database keeps this moment exactly (a finer one may be
     * rounded up when stored), so the session renewed to it still counts when compared with it.
     */
    private Instant sessionBoundary() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The language the caller's mails are written in. */
    public void changeLanguage(@NotNull Locale locale) {
        myAccount().changeLocale(locale);
    }
}
