package jp.mypage.training;

import jp.mypage.common.BusinessException;

/** No such course. */
public class CourseNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CourseNotFoundException() {
        super("No such course");
    }

    @Override
    public String messageKey() {
        return "training.courseNotFound";
    }
}
