package jp.mypage.training;

import jp.mypage.common.BusinessException;

/** Another operator changed it meanwhile. */
public class StaleEntryException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleEntryException() {
        super("Another operator changed it meanwhile");
    }

    @Override
    public String messageKey() {
        return "training.stale";
    }
}
