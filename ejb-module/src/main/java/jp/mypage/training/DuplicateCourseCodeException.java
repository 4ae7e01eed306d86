package jp.mypage.training;

import jp.mypage.common.BusinessException;

/** A course with this code exists. */
public class DuplicateCourseCodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateCourseCodeException() {
        super("A course with this code exists");
    }

    @Override
    public String messageKey() {
        return "training.duplicateCode";
    }
}
