package jp.mypage.domain.approval;

/** How a confirmed sign-up becomes an active account. */
public enum ApprovalMode {
    /** 自動承認: active as soon as the address is confirmed (the default). */
    AUTOMATIC,
    /** 管理者承認: waits on the account application screen for an operator's 承認する or 承認しない. */
    MANUAL
}
