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

    /** One lesson and how far the learner got. */
    public record LessonStep(long lessonId, int position, String title, jp.mypage.domain.learning.LessonKind kind,
            int percent, boolean completed) implements Serializable {
    }
}
