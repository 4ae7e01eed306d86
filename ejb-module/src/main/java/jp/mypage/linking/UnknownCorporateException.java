package jp.mypage.linking;

import jp.mypage.common.BusinessException;

/** No active corporate account has the email the learner entered. */
public class UnknownCorporateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCorporateException() {
        super("No active corporate account with that email");
    }

    @Override
    public String messageKey() {
        return "linking.unknownCorporate";
    }
}
