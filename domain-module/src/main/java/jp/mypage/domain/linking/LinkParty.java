package jp.mypage.domain.linking;

/** A side of a link: who ended it. */
public enum LinkParty {
    LEARNER,
    CORPORATE
}
