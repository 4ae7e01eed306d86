/**
 * The mail outbox: every mail the portal sends is first a row written in the same transaction as
 * the change that caused it, then delivered (and retried) by a dispatcher.
 */
package jp.mypage.domain.mail;
