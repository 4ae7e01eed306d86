package jp.mypage.web;

import jp.mypage.domain.account.AccountType;
import jp.mypage.account.AccountTypeParameter;

/**
 * The two fields that name an account on the public pages: 個人の方 / 法人の方 and the email address.
 * The toggle can be preselected from the URL ({@code ?type=corporate}), as mailed links do.
 */
public abstract class AccountChoiceForm {

    private AccountType type = AccountType.PERSONAL;
    private String email;

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
