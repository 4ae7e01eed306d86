package jp.mypage.domain.accountimport;

/** Why a row of an account list cannot become an account. The arguments each takes are listed. */
public enum ImportProblem {
    /** The row has the wrong number of columns. Arguments: expected, found. */
    COLUMN_COUNT,
    /** A required field is empty. */
    REQUIRED,
    /** The text is longer than its field allows. Argument: the maximum. */
    TOO_LONG,
    /** Not 個人/法人 (or personal/corporate). */
    ACCOUNT_TYPE,
    EMAIL,
    KANA,
    PHONE,
    POSTAL_CODE,
    /** Not ja or en. */
    LANGUAGE,
    /** A corporate-only field is filled in on a personal row. */
    NOT_FOR_PERSONAL,
    /** Any other refusal of the field. */
    INVALID,
    /** An earlier row of the file has the same type and address. Argument: that row's number. */
    DUPLICATE_IN_FILE,
    /** An account of this type and address exists and may already be in use. */
    ALREADY_REGISTERED,
    /** An account of this type and address was already invited; its invitation can be re-sent. */
    ALREADY_INVITED,
    /** Creating the account failed for a reason the row does not show (see the server log). */
    NOT_CREATED
}
