/**
 * Operator-created accounts (seed 004's second pattern), one invitation at a time: an operator
 * invites one account or re-sends its invitation; the invitee receives a link, chooses a password
 * and the account is active. {@link jp.mypage.invitation.Invitations} creates the invited account
 * and mails its link for every caller, including the account list import
 * ({@code jp.mypage.accountimport}), which uses this package; this package knows nothing of lists.
 */
package jp.mypage.invitation;
