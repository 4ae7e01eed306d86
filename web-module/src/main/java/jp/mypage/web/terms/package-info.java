/** The 受講規約 PDF that the sign-up forms link to. */
package jp.mypage.web.terms;
