package jp.mypage.domain.training;

/** Where an order (お申込み) stands. */
public enum TrainingOrderStatus {
    APPLIED,
    PAID,
    CANCELLED
}
