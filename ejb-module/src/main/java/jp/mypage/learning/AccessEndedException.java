package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** The training's access period is over. */
public class AccessEndedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessEndedException() {
        super("The training's access period is over");
    }

    @Override
    public String messageKey() {
        return "learning.accessEnded";
    }
}
