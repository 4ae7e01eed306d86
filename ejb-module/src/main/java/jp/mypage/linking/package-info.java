/**
 * 法人ID連携 from both sides: the learner links to (or unlinks from) a corporate account by its
 * email in 登録情報設定; the corporate account lists its linked learners (連携者一覧). Every query
 * is bounded by the caller, never by a parameter a browser could change.
 */
package jp.mypage.linking;
