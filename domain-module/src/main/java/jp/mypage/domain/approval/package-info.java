/**
 * Whether a new account may log in as soon as its address is confirmed (自動承認) or waits for an
 * operator's decision (管理者承認), per account type, and the record of every change of that setting.
 */
package jp.mypage.domain.approval;
