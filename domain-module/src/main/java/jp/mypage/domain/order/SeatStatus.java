package jp.mypage.domain.order;

/** Whether a seat can still be taken. */
public enum SeatStatus {
    ACTIVE,
    /** Cancelled by the buyer or an operator; it may carry a cancellation fee. */
    CANCELLED,
    /** The session was cancelled (開催中止): nothing is charged. */
    RELEASED
}
