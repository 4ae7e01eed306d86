package jp.mypage.domain.token;

/** Why a one-time link can no longer be used. */
public enum TokenState {
    /** Never issued (or mistyped). */
    UNKNOWN,
    /** Already used once. */
    USED,
    /** A newer link for the same purpose replaced it. */
    REPLACED,
    /** Past its validity. */
    EXPIRED
}
