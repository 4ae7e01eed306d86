package jp.mypage.domain.linking;

/** How a company takes new links: 自動で承認 or 確認してから承認. */
public enum LinkApproval {
    /** 自動で承認: a learner who enters the company's email is linked at once (the default). */
    AUTOMATIC,
    /** 確認してから承認: the learner's request waits until the company accepts or declines it. */
    MANUAL
}
