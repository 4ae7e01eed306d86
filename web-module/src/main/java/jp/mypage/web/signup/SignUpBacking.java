package jp.mypage.web.signup;

import jakarta.inject.Inject;
import java.io.Serializable;
import jp.mypage.domain.account.AccountType;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.password.WeakPasswordException;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.support.SourceLimit;
import jp.mypage.registration.ConcurrentSignUpException;
import jp.mypage.registration.RegistrationService;
import jp.mypage.registration.SignUp;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.CompleteForm;

/**
 * A sign-up form of one account type. After 登録する the dialog 本登録のお願い opens and the form is
 * emptied; the reply is the same whether or not the address was registered before.
 */
public abstract class SignUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompleteForm completeForm;

    @Inject
    private RegistrationService registration;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private SourceLimit sourceLimit;

    private SignUp signUp;
    private String passwordConfirmation;
    private boolean completed;

    protected abstract AccountType accountType();

    public SignUp getSignUp() {
        if (signUp == null) {
            signUp = new SignUp(accountType());
        }
        return signUp;
    }

    public void register() {
        if (!sourceLimit.admit(ThrottledAction.SIGN_UP)) {
            return;
        }
        if (!completeForm.check(getSignUp())) {
            return;
        }
        try {
            registration.signUp(getSignUp(), localeBacking.getLocale());
        } catch (ConcurrentSignUpException e) {
            // the sign-up that won sent the confirmation mail: answer as for any sign-up
        } catch (WeakPasswordException e) {
            Messages.error(e.messageKey(), passwordPolicy.minLength(), PasswordPolicy.MAX_LENGTH);
            return;
        }
        completed = true;
        signUp = null;
        passwordConfirmation = null;
    }

    public int getPasswordMinLength() {
        return passwordPolicy.minLength();
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }

    public boolean isCompleted() {
        return completed;
    }
}
