package jp.mypage.linking;

import jp.mypage.common.BusinessException;

/** The learner entered too many unknown company emails lately; trying is paused for a while. */
public class LinkAttemptsExceededException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LinkAttemptsExceededException() {
        super("Too many failed link attempts");
    }

    @Override
    public String messageKey() {
        return "linking.tooManyAttempts";
    }
}
