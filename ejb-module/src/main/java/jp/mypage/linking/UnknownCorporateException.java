package jp.mypage.linking;

import jakarta.ejb.ApplicationException;
import jp.mypage.common.BusinessException;

/**
 * No active corporate account has the email the learner entered. The failed attempt is recorded
 * (it counts towards the rate limit), so the transaction is not rolled back.
 */
@ApplicationException(rollback = false)
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
