/**
 * Administrator approval (seed 004): the approval mode per account type, the account application
 * screen (アカウント申請管理) with its search, counts and history, and the operator's decisions
 * 承認する / 承認しない, one at a time or in bulk, with the mails they cause.
 */
package jp.mypage.approval;
