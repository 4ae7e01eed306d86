package jp.mypage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.domain.account.AccountType;
import jp.mypage.passwordreset.PasswordResetService;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.AccountTypeParameter;

/** {@code /forgot-password}: asks for a reset link. The answer never tells whether the account exists. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private PasswordResetService passwordReset;

    private AccountType type = AccountType.PERSONAL;
    private String email;
    private boolean sent;

    public void send() {
        passwordReset.requestReset(type, email);
        sent = true;
        Messages.info("forgot.sent");
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
