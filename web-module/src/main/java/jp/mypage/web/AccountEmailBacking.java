package jp.mypage.web;

import jp.mypage.domain.account.AccountType;
import jp.mypage.web.i18n.Messages;

/**
 * A page that asks for an account (個人の方 / 法人の方 and its email address) and mails it
 * something. The answer is the same whether or not such an account exists, so the page reveals none.
 */
public abstract class AccountEmailBacking extends AccountChoiceForm {

    /** Mails the account, if there is one of this type and address. */
    protected abstract void mail(AccountType accountType, String address);

    /** The bundle key of the answer. */
    protected abstract String sentMessageKey();

    public void send() {
        mail(getType(), getEmail());
        Messages.info(sentMessageKey());
    }
}
