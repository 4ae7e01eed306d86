package jp.mypage.domain.account;

/** The two kinds of account the seed describes: 個人 (a learner) and 法人 (a company's contact). */
public enum AccountType {
    /** 個人: takes trainings, buys for itself, may link to one corporate account. */
    PERSONAL,
    /** 法人: buys trainings for linked learners and follows their history; cannot take trainings. */
    CORPORATE
}
