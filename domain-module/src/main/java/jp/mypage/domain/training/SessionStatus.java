package jp.mypage.domain.training;

/** Whether a 開催回 takes place. A cancelled session (開催中止) stays, with its seats released. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
