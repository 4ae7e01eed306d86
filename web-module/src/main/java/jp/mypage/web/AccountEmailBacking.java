package jp.mypage.web;

import jp.mypage.domain.account.AccountType;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.AccountTypeParameter;

/**
 * A page that asks for an account (個人の方 / 法人の方 and its email address) and mails it
 * something. The answer is the same whether or not such an account exists, so the page reveals none.
 */
public abstract class AccountEmailBacking {

    private AccountType type = AccountType.PERSONAL;
    private String email;

    /** Mails the account, if there is one of this type and address. */
    protected abstract void mail(AccountType accountType, String address);

    /** The bundle key of the answer. */
    protected abstract String sentMessageKey();

    public void send() {
        mail(type, email);
        Messages.info(sentMessageKey());
    }

    /** Preselects the toggle from {@code ?type=corporate}. */
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
}
