package jp.mypage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.domain.account.AccountType;
import jp.mypage.passwordreset.PasswordResetService;

/** {@code /forgot-password}: asks for a password reset link. */
@Named
@RequestScoped
public class ForgotPasswordBacking extends AccountEmailBacking {

    @Inject
    private PasswordResetService passwordReset;

    @Override
    protected void mail(AccountType accountType, String address) {
        passwordReset.requestReset(accountType, address);
    }

    @Override
    protected jp.mypage.throttle.ThrottledAction action() {
        return jp.mypage.throttle.ThrottledAction.PASSWORD_RESET;
    }

    @Override
    protected String sentMessageKey() {
        return "forgot.sent";
    }
}
