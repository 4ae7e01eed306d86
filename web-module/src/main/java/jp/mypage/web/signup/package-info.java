/** 新規登録(個人) and 新規登録(法人): the sign-up forms and the 本登録のお願い dialog. */
package jp.mypage.web.signup;
