package jp.mypage.history;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.training.DeliveryType;

/**
 * One row of 受講履歴: one seat. {@code startsAt}/{@code endsAt}: the session (対面・オンライン研修);
 * {@code accessEndsAt}: the end of a 動画配信 seat's 受講期間. {@code status} is as shown now
 * (期限切れ included). {@code selfBought}: the learner paid for it themself (in a company's history:
 * shown because the learner shares it).
 */
public record HistoryRow(long seatId, long learnerId, String learnerName, String learnerKana, String department,
        long courseId, String courseTitle, DeliveryType delivery, Instant startsAt, Instant endsAt,
        Instant accessEndsAt, int progressPercent, LearningStatus status, Instant completedAt,
        boolean selfBought) implements Serializable {

    /** The 修了証 is offered for completed seats only. */
    public boolean hasCertificate() {
        return status == LearningStatus.COMPLETED;
    }
}
