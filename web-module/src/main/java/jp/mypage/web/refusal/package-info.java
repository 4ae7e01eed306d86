/**
 * What a visitor can send that the portal refuses without an error page: an expired or forged view
 * state answers with the same page again, a message and what was typed; each refusal is one log line.
 */
package jp.mypage.web.refusal;
