/**
 * Password reset by email: a link valid 30 minutes, once; using it sets a new password and ends
 * any login lock. An invited account gets its invitation link again instead. The request form never
 * reveals whether an account exists.
 */
package jp.mypage.passwordreset;
