/** お申込み履歴一覧: the trainings an account has bought. */
package jp.mypage.training;
