package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** Attendance is recorded from the session's start. */
public class AttendanceNotOpenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AttendanceNotOpenException() {
        super("Attendance is recorded from the session's start");
    }

    @Override
    public String messageKey() {
        return "attendance.notOpen";
    }
}
