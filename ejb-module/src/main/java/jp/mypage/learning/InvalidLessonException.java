package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** A lesson title is empty or too long. */
public class InvalidLessonException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidLessonException() {
        super("A lesson title is 1 to 200 characters");
    }

    @Override
    public String messageKey() {
        return "lesson.invalidTitle";
    }
}
