package jp.mypage.domain.order;

/** Where an お申込み stands as a whole. */
public enum OrderStatus {
    /** 申込済: at least one seat is active. */
    APPLIED,
    /** キャンセル: the buyer or an operator cancelled every seat. */
    CANCELLED,
    /** 開催中止: the session was cancelled by the provider. */
    SESSION_CANCELLED
}
