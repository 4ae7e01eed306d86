package jp.mypage.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import jp.mypage.authentication.AuthenticatedAccount;
import jp.mypage.operator.SignedIn;

/** What the identity store learnt during this request's login, for the login page to act on. */
@RequestScoped
public class LoginAttempt {

    private AuthenticatedAccount account;
    private boolean emailNotConfirmed;
    private String refusalKey;
    private SignedIn operator;
    private boolean busy;
    private boolean secondStepExpired;

    void busy() {
        this.busy = true;
    }

    /** Whether the password could not be checked because every check was taken (try again shortly). */
    public boolean isBusy() {
        return busy;
    }

    void operatorSucceeded(SignedIn signedIn) {
        this.operator = signedIn;
    }

    /** The operator who passed both steps of their login, if one did. */
    public Optional<SignedIn> operator() {
        return Optional.ofNullable(operator);
    }

    void secondStepExpired() {
        this.secondStepExpired = true;
    }

    /** Whether no code can pass the operator's second step any more (they log in again). */
    public boolean isSecondStepExpired() {
        return secondStepExpired;
    }

    void succeeded(AuthenticatedAccount authenticated) {
        this.account = authenticated;
    }

    void emailNotConfirmed() {
        this.emailNotConfirmed = true;
    }

    /** The password was right but the account may not log in; the key of the message that says why. */
    void refused(String messageKey) {
        this.refusalKey = messageKey;
    }

    /** Why a login with the right password was refused (awaiting approval, not approved), if it was. */
    public Optional<String> refusalKey() {
        return Optional.ofNullable(refusalKey);
    }

    public Optional<AuthenticatedAccount> account() {
        return Optional.ofNullable(account);
    }

    public boolean isEmailNotConfirmed() {
        return emailNotConfirmed;
    }
}
