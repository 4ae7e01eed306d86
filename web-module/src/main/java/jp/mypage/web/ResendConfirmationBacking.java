package jp.mypage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.domain.account.AccountType;
import jp.mypage.verification.EmailVerificationService;

/** {@code /resend-confirmation}: a new confirmation link for an account still waiting for 本登録. */
@Named
@RequestScoped
public class ResendConfirmationBacking extends AccountEmailBacking {

    @Inject
    private EmailVerificationService verification;

    @Override
    protected void mail(AccountType accountType, String address) {
        verification.resendConfirmation(accountType, address);
    }

    @Override
    protected jp.mypage.throttle.ThrottledAction action() {
        return jp.mypage.throttle.ThrottledAction.RESEND_CONFIRMATION;
    }

    @Override
    protected String sentMessageKey() {
        return "resend.sent";
    }
}
