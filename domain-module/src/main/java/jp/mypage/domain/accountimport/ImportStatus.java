package jp.mypage.domain.accountimport;

/** Where an import run stands. */
public enum ImportStatus {
    /** Rows are being created, batch by batch. */
    RUNNING,
    /** Every row has its result. */
    FINISHED,
    /** Stopped by an error; the rows processed so far keep their results. */
    FAILED,
    /** The server stopped while the import ran; the rows processed so far keep their results. */
    INTERRUPTED
}
