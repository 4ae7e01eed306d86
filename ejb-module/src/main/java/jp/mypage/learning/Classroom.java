package jp.mypage.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.mypage.domain.learning.LearningStatus;

/**
 * 受講する of a 動画配信 seat: the course's lessons in order with the learner's progress through each,
 * the seat's status, and whether the content is still open (within the access period).
 */
public record Classroom(long seatId, String courseTitle, Instant accessEndsAt, boolean open, LearningStatus status,
        int progressPercent, Instant completedAt, List<LessonStep> lessons) implements Serializable {

    /**
     * This classroom after a progress report on one lesson that did not complete the seat (a
     * completed seat is read again: its date and certificate are new): the lesson's and the seat's
     * percentages, and 受講中 once anything was played.
     */
    public Classroom after(long lessonId, ProgressReport report) {
        List<LessonStep> steps = lessons.stream().map(step -> step.lessonId() != lessonId ? step
                : new LessonStep(step.lessonId(), step.position(), step.title(), step.kind(), report.lessonPercent(),
                        step.completed() || report.lessonCompleted())).toList();
        return new Classroom(seatId, courseTitle, accessEndsAt, open,
                status == LearningStatus.NOT_STARTED ? LearningStatus.IN_PROGRESS : status, report.seatPercent(),
                completedAt, steps);
    }

    /** One lesson and how far the learner got. */
    public record LessonStep(long lessonId, int position, String title, jp.mypage.domain.learning.LessonKind kind,
            int percent, boolean completed) implements Serializable {
    }
}
