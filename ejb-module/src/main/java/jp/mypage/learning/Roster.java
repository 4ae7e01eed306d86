package jp.mypage.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.mypage.domain.learning.LearningStatus;

/** 名簿 of a live session: its active seats, named or not, with 出席 / 欠席 as recorded. */
public record Roster(long sessionId, long courseId, String courseTitle, Instant startsAt, Instant endsAt, String venue,
        boolean attendanceOpen, List<Row> rows) implements Serializable {

    /** One seat of the session. A seat without a learner ({@code learnerName} null) has nobody to mark. */
    public record Row(long seatId, String learnerName, String learnerKana, String learnerEmail, String buyerName,
            String orderNumber, LearningStatus status, Instant recordedAt) implements Serializable {

        public boolean named() {
            return learnerName != null;
        }
    }
}
