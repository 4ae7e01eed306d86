/**
 * Mail: composing it in the recipient's language, queueing it in the outbox in the caller's
 * transaction, and delivering it in the background over SMTP, or, when no SMTP server is
 * configured, into a local mailbox a person running the portal can read.
 */
package jp.mypage.mail;
