/** The signed-in pages: お申込み履歴一覧 and 登録情報設定. */
package jp.mypage.web.mypage;
