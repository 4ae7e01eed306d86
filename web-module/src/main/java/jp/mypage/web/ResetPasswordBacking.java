package jp.mypage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.token.TokenState;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.password.WeakPasswordException;
import jp.mypage.passwordreset.PasswordResetService;
import jp.mypage.token.InvalidTokenException;
import jp.mypage.web.i18n.Messages;
import jp.mypage.account.AccountTypeParameter;

/** {@code /reset-password?token=…}: choose a new password through the mailed link. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Stage { READY, DONE, INVALID }

    @Inject
    private PasswordResetService passwordReset;

    @Inject
    private PasswordPolicy passwordPolicy;

    private String token;
    private Stage stage = Stage.INVALID;
    private TokenState invalidReason = TokenState.UNKNOWN;
    private AccountType accountType = AccountType.PERSONAL;
    private String password;
    private String passwordConfirmation;

    public void inspect() {
        try {
            accountType = passwordReset.inspect(token);
            stage = Stage.READY;
        } catch (InvalidTokenException e) {
            stage = Stage.INVALID;
            invalidReason = e.state();
        }
    }

    public void reset() {
        try {
            accountType = passwordReset.reset(token, password);
            stage = Stage.DONE;
        } catch (InvalidTokenException e) {
            stage = Stage.INVALID;
            invalidReason = e.state();
        } catch (WeakPasswordException e) {
            Messages.error(e.messageKey(), passwordPolicy.minLength(), PasswordPolicy.MAX_LENGTH);
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Stage getStage() {
        return stage;
    }

    public TokenState getInvalidReason() {
        return invalidReason;
    }

    public String getTypeParameter() {
        return AccountTypeParameter.format(accountType);
    }

    public int getPasswordMinLength() {
        return passwordPolicy.minLength();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
