/**
 * Operator-created accounts (seed 004's second pattern): an operator invites one account, or many
 * from a CSV account list (checked in a preview that writes nothing, then created in the background
 * with a progress record and a downloadable report); the invitee receives a link, chooses a
 * password and the account is active.
 */
package jp.mypage.invitation;
