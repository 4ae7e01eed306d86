/**
 * The public pages of the portal: the entry page (マイページ) with the 個人の方 / 法人の方 login,
 * 本登録 through the mailed link, resending it, password reset, and the local mailbox.
 * One backing bean per page, named after the page.
 */
package jp.mypage.web;
