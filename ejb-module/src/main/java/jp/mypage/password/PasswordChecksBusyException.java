package jp.mypage.password;

import jp.mypage.common.BusinessException;

/** Every password check is taken and none came free within the wait: the user tries again shortly. */
public class PasswordChecksBusyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PasswordChecksBusyException() {
        super("Too many password checks at the same moment");
    }

    @Override
    public String messageKey() {
        return "throttle.tryLater";
    }
}
