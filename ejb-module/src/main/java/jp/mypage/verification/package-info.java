/**
 * 本登録: confirming a new account's email address through the mailed link, and sending a new
 * link on request (the new link replaces the old).
 */
package jp.mypage.verification;
