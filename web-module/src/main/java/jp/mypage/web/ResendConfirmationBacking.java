package jp.mypage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.domain.account.AccountType;
import jp.mypage.verification.EmailVerificationService;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.AccountTypeParameter;

/**
 * {@code /resend-confirmation}: a new confirmation link for an account still waiting for 本登録.
 * The answer is the same whether or not such an account exists.
 */
@Named
@RequestScoped
public class ResendConfirmationBacking {

    @Inject
    private EmailVerificationService verification;

    private AccountType type = AccountType.PERSONAL;
    private String email;
    private boolean sent;

    public void send() {
        verification.resendConfirmation(type, email);
        sent = true;
        Messages.info("resend.sent");
    }

    public void setTypeParameter(String parameter) {
        this.type = AccountTypeParameter.parse(parameter);
    }

    public String getTypeParameter() {
        return AccountTypeParameter.format(type);
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
