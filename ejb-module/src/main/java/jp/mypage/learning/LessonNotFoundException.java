package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** The lesson is not one of the caller's trainings, or does not exist. */
public class LessonNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LessonNotFoundException() {
        super("The lesson is not one of the caller's trainings, or does not exist");
    }

    @Override
    public String messageKey() {
        return "lesson.notFound";
    }
}
