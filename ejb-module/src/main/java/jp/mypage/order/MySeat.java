package jp.mypage.order;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.training.DeliveryType;

/**
 * 受講予定: a training the signed-in learner holds a seat of, whoever bought it, with its 状態 and 進捗.
 * The meeting URL of an online session is shown to its seat holders only, and only from
 * {@code meetingOpensAt} (a set time before the start) to the session's end: before that it is null.
 */
public record MySeat(long seatId, String orderNumber, String courseTitle, DeliveryType delivery, Instant startsAt,
        Instant endsAt, String venue, String meetingUrl, Instant meetingOpensAt, Instant accessEndsAt, String boughtBy,
        boolean bySelf, LearningStatus status, int progressPercent, Instant completedAt) implements Serializable {

    /** 受講する: an e-learning seat still open. */
    public boolean takeable() {
        return delivery == DeliveryType.E_LEARNING && status != LearningStatus.EXPIRED;
    }

    public boolean completed() {
        return status == LearningStatus.COMPLETED;
    }

    /** A live session, which has a 受講票. */
    public boolean live() {
        return delivery.hasSessions();
    }
}
