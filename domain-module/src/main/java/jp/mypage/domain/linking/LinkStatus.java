package jp.mypage.domain.linking;

/** Where a link between a learner and a company stands. */
public enum LinkStatus {
    /** The learner asked; the company (確認してから承認) has not decided yet. */
    REQUESTED,
    /** The company sees the learner in 連携者一覧. */
    ACTIVE,
    /** The company declined the request. */
    DECLINED,
    /** The learner withdrew the request, or replaced it by another. */
    WITHDRAWN,
    /** The link was ended by either side, or moved to another company. */
    ENDED;

    /** Whether nothing more can happen to the row. */
    public boolean isClosed() {
        return this == DECLINED || this == WITHDRAWN || this == ENDED;
    }
}
