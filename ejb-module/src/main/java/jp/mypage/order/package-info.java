/**
 * お申込み: a learner applies for themself, a company for its linked learners (named seats, or
 * seats to name later); the 確認画面's quote, the order with its seats under the session's
 * capacity, お申込み履歴一覧 and an order's page, naming and renaming seats, cancellation with the
 * policy's fee, 入金確認 and 開催中止 by operators. Pages get records, never entities; every query of
 * an account holder is bounded by the caller's own account.
 */
package jp.mypage.order;
