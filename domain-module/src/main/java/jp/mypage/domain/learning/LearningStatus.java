package jp.mypage.domain.learning;

import java.time.Instant;

/**
 * A seat's 状態 in 受講履歴: 未受講, 受講中, 修了, 欠席, 期限切れ. The first four are stored on the seat;
 * {@link #EXPIRED} never is: it is what a 動画配信 seat that did not complete shows once its access
 * period is over ({@link #shown}).
 */
public enum LearningStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    ABSENT,
    EXPIRED;

    /** What a seat with this stored status shows at {@code now}. */
    public LearningStatus shown(Instant accessEndsAt, Instant now) {
        if ((this == NOT_STARTED || this == IN_PROGRESS) && accessEndsAt != null && !now.isBefore(accessEndsAt)) {
            return EXPIRED;
        }
        return this;
    }
}
