package jp.mypage.domain.accountimport;

/** What became of one row of an account list. */
public enum ImportRowResult {
    /** An invited account was created and its invitation mail queued. */
    CREATED,
    /** Valid in the preview, but not created (for example, the address was registered meanwhile). */
    FAILED,
    /** Invalid in the file; the preview showed why. Nothing was created. */
    SKIPPED
}
