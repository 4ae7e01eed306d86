package jp.mypage.history;

import java.io.Serializable;
import java.time.Instant;

/**
 * Per course (or, for operators, per session) of a 受講履歴 or 受講状況: seats, how many are in each
 * 状態 as shown now, the completion rate. {@code startsAt}: the (latest) session's start, null for 動画配信.
 */
public record CourseCompletion(long id, String title, Instant startsAt, long seats, long notStarted, long inProgress,
        long completed, long absent, long expired) implements Serializable {

    /** 修了率 in whole percent of the seats (0 without seats), rounded down. */
    public int completionPercent() {
        return seats == 0 ? 0 : (int) (completed * 100 / seats);
    }
}
