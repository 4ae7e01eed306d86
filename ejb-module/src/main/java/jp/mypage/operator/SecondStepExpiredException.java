package jp.mypage.operator;

import jp.mypage.common.BusinessException;

/**
 * The second step of a login can no longer pass, whatever code comes: more than
 * {@link PasswordStep#LIFETIME} after the password, the password changed meanwhile, or the
 * authenticator app was enrolled (in another tab) or reset since. The operator logs in again.
 */
public class SecondStepExpiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SecondStepExpiredException(String why) {
        super(why);
    }

    @Override
    public String messageKey() {
        return "adminSecondFactor.expired";
    }
}
