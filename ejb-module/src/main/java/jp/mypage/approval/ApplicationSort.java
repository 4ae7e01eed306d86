package jp.mypage.approval;

/** The orders of the application list. Ties are broken by account id, in the same direction. */
public enum ApplicationSort {
    /** Sign-up time. */
    CREATED_AT,
    EMAIL,
    /** The display name's reading (フリガナ: the company's for corporate, the person's for personal), then the name. */
    NAME,
    STATUS,
    TYPE
}
