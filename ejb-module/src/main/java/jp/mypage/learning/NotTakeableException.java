package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** This training is not taken on this page (a live session, or not an e-learning course). */
public class NotTakeableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotTakeableException() {
        super("This training is not taken on this page (a live session, or not an e-learning course)");
    }

    @Override
    public String messageKey() {
        return "learning.notTakeable";
    }
}
