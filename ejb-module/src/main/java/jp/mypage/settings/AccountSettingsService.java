package jp.mypage.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Locale;
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
     * @throws WrongPasswordException if the current password is wrong
     * @throws jp.mypage.password.WeakPasswordException if the new one breaks the policy
     */
    public void changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = myAccount();
        if (!account.getPasswordHash().map(hash -> passwordHashing.verify(currentPassword, hash)).orElse(false)) {
            throw new WrongPasswordException();
        }
        passwordPolicy.require(newPassword, account.getEmail().value());
        em.persist(account.changePassword(passwordHashing.hash(newPassword), clock.instant()));
        outbox.queue(account, MailTemplate.PASSWORD_CHANGED, account.getProfile().getPersonName(),
                links.forgotPassword());
    }

    /** The language the caller's mails are written in. */
    public void changeLanguage(@NotNull Locale locale) {
        myAccount().changeLocale(locale);
    }
}
