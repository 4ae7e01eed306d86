package jp.mypage.domain.order;

/** What happened to a seat; each is recorded with who did it and when. */
public enum SeatChangeType {
    /** Bought with its learner, or named later by the company. */
    ASSIGNED,
    /** 受講者変更: another learner takes it. */
    REASSIGNED,
    /** The learner unlinked from the company: the unused seat is the company's to name again. */
    RETURNED_ON_UNLINK,
    CANCELLED,
    RELEASED
}
