/**
 * Accounts an operator creates from a list (CSV): the record of one import run with its progress,
 * and one result per row of the file (created, failed, or skipped because the row was invalid),
 * which is the report the operator downloads. The accounts themselves are ordinary invited
 * accounts ({@code jp.mypage.domain.account}); only the list and its results live here.
 */
package jp.mypage.domain.accountimport;
