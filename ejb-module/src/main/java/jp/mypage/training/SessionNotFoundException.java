package jp.mypage.training;

import jp.mypage.common.BusinessException;

/** No such session. */
public class SessionNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SessionNotFoundException() {
        super("No such session");
    }

    @Override
    public String messageKey() {
        return "training.sessionNotFound";
    }
}
