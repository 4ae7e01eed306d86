package jp.mypage.web;

import jakarta.inject.Inject;
import jp.mypage.domain.account.AccountType;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.support.SourceLimit;
import jp.mypage.web.i18n.Messages;

/**
 * A page that asks for an account (個人の方 / 法人の方 and its email address) and mails it
 * something. The answer is the same whether or not such an account exists, so the page reveals none.
 */
public abstract class AccountEmailBacking extends AccountChoiceForm {

    @Inject
    private SourceLimit sourceLimit;

    /** What the page counts against its source's allowance. */
    protected abstract ThrottledAction action();

    /** Mails the account, if there is one of this type and address. */
    protected abstract void mail(AccountType accountType, String address);

    /** The bundle key of the answer. */
    protected abstract String sentMessageKey();

    public void send() {
        if (!sourceLimit.admit(action())) {
            return;
        }
        mail(getType(), getEmail());
        Messages.info(sentMessageKey());
    }
}
