package jp.mypage.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import jp.mypage.authentication.AuthenticatedAccount;

/** What the identity store learnt during this request's login, for the login page to act on. */
@RequestScoped
public class LoginAttempt {

    private AuthenticatedAccount account;
    private boolean emailNotConfirmed;

    void succeeded(AuthenticatedAccount authenticated) {
        this.account = authenticated;
    }

    void emailNotConfirmed() {
        this.emailNotConfirmed = true;
    }

    public Optional<AuthenticatedAccount> account() {
        return Optional.ofNullable(account);
    }

    public boolean isEmailNotConfirmed() {
        return emailNotConfirmed;
    }
}
