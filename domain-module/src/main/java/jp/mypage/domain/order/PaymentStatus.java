package jp.mypage.domain.order;

/** 支払状況 of an order. */
public enum PaymentStatus {
    /** 未入金: the invoice is open. */
    UNPAID,
    /** 入金済: an operator recorded 入金確認. */
    PAID,
    /** お支払いなし: cancelled without a fee, or the session was cancelled. */
    NOTHING_DUE
}
