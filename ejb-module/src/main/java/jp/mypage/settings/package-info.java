/**
 * 登録情報設定: the signed-in holder changes their profile, password and mail language. Every
 * method works on the caller's own account only.
 */
package jp.mypage.settings;
