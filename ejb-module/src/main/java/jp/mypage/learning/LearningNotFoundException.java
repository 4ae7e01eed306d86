package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** The seat is not one of the caller's, or does not exist. */
public class LearningNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LearningNotFoundException() {
        super("The seat is not one of the caller's, or does not exist");
    }

    @Override
    public String messageKey() {
        return "learning.notFound";
    }
}
