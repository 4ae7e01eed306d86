package jp.mypage.learning;

import java.io.Serializable;
import jp.mypage.domain.learning.LessonKind;

/** The lesson the player opens: where it resumes, how far it got, and the next lesson if any. */
public record LessonPlay(long seatId, long lessonId, String courseTitle, String title, LessonKind kind,
        String contentType, int resumeSeconds, int percent, boolean completed, Long nextLessonId)
        implements Serializable {

    /** This lesson after a progress report on it. */
    public LessonPlay after(ProgressReport report) {
        return new LessonPlay(seatId, lessonId, courseTitle, title, kind, contentType, resumeSeconds,
                report.lessonPercent(), completed || report.lessonCompleted(), nextLessonId);
    }
}
