/**
 * Accounts an operator creates from a list (CSV): the record of one import run with its progress,
 * and one result per row of the file (created, failed, or skipped because the row was invalid),
 * which is the report the operator downloads.
 */
package jp.mypage.domain.invitation;
