/**
 * One-time links mailed to an account holder (email confirmation, password reset, invitation). Only a
 * SHA-256 digest of the secret is stored; a token is used at most once and expires.
 */
package jp.mypage.domain.token;
