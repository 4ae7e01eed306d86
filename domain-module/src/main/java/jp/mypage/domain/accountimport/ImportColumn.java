package jp.mypage.domain.accountimport;

/**
 * The columns of an account list, in file order. They are the sign-up forms' fields: for a personal
 * account {@link #ORGANIZATION} is the employer (勤務先) and the corporate-only columns stay empty;
 * for a corporate account {@link #NAME} is the person in charge (申込・管理担当者).
 */
public enum ImportColumn {
    ACCOUNT_TYPE,
    EMAIL,
    NAME,
    NAME_KANA,
    PHONE,
    ORGANIZATION,
    ORGANIZATION_KANA,
    DEPARTMENT,
    POSTAL_CODE,
    ADDRESS,
    LANGUAGE
}
