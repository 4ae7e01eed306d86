/**
 * The portal's domain: who holds an account, how an account lives (sign-up, 本登録, activation),
 * the one-time links mailed to account holders and the mail outbox. Entities here keep their own
 * invariants; nothing in this module knows EJB, Faces or HTTP.
 */
package jp.mypage.domain;
