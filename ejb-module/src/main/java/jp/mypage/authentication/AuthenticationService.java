package jp.mypage.authentication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.password.PasswordHashing;

/**
 * Checks a login. Every refusal looks alike and takes alike: an unknown address, and an invited
 * account that has no password yet, are verified against a decoy hash; a locked account still has
 * its password verified (and refused). Wrong passwords
 * count towards the lock ({@link jp.mypage.domain.account.LoginLockPolicy}); attempts during a
 * lock do not.
 *
 * <p>Logins to one account at the same moment (a double click, a phone and a PC) are taken one
 * after the other once their passwords are checked: the account row is locked and read again
 * before the failure is counted or the count cleared, so every right password succeeds and every
 * wrong one counts once. The password check itself, the slow part, runs without the lock.
 */
@Stateless
public class AuthenticationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing passwordHashing;

    /**
     * @throws InvalidCredentialsException for every refusal but one
     * @throws EmailNotConfirmedException if the password is right and 本登録 is not complete
     * @throws AwaitingApprovalException if the password is right and an operator has not decided yet
     * @throws NotApprovedException if the password is right and an operator did not approve the account
     */
    public AuthenticatedAccount authenticate(AccountType type, String email, String password) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.find(type, email);
        Optional<String> storedHash = found.flatMap(Account::getPasswordHash);
        if (storedHash.isEmpty() || password == null || password.isEmpty()) {
            // unknown address, or an invitation not accepted yet (no password): the same refusal, the same time
            passwordHashing.verifyAgainstDecoy(password == null ? "" : password);
            throw new InvalidCredentialsException();
        }
        Account account = found.get();
        boolean passwordMatches = passwordHashing.verify(password, storedHash.get());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!storedHash.equals(account.getPasswordHash())) {
            // the password changed while this one was checked: it proves nothing about the new one
            throw new InvalidCredentialsException();
        }
        if (account.isLockedAt(now)) {
            throw new InvalidCredentialsException();
        }
        if (!passwordMatches) {
            em.persist(account.loginFailed(now));
            throw new InvalidCredentialsException();
        }
        if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            throw new EmailNotConfirmedException();
        }
        if (account.getStatus() == AccountStatus.PENDING_APPROVAL) {
            throw new AwaitingApprovalException();
        }
        if (account.getStatus() == AccountStatus.REJECTED) {
            throw new NotApprovedException();
        }
        if (!account.canLogIn()) {
            throw new InvalidCredentialsException();
        }
        em.persist(account.loginSucceeded(now));
        return new AuthenticatedAccount(account.getId(), account.getType(), account.getEmail().value(),
                displayName(account), account.getLocale());
    }

    private static String displayName(Account account) {
        return account.getType() == AccountType.CORPORATE
                ? account.getProfile().getOrganizationName()
                : account.getProfile().getPersonName();
    }
}
