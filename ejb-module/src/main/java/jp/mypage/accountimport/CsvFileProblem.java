package jp.mypage.accountimport;

/** Why an uploaded account list cannot be read at all. The arguments each takes are listed. */
public enum CsvFileProblem {
    /** Larger than the limit. Argument: the limit in MB. */
    TOO_LARGE,
    /** Neither UTF-8 nor Shift_JIS (Windows-31J). */
    ENCODING,
    /** A quoted field is never closed. Argument: the row it starts in. */
    UNCLOSED_QUOTE,
    /** Text follows the closing quote of a field. Argument: the row. */
    TEXT_AFTER_QUOTE,
    /** The first row is not the template's header (in Japanese or English). */
    HEADER,
    /** No data rows below the header. */
    NO_ROWS,
    /** More data rows than the limit. Argument: the limit. */
    TOO_MANY_ROWS,
    /** Nothing to create: every row has a problem. */
    NO_VALID_ROWS,
    /** The uploaded file is no longer kept (committed, replaced, or left for a day): upload it again. */
    UPLOAD_GONE
}
