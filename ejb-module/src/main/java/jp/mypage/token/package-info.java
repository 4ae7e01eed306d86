/**
 * Issuing and redeeming one-time links: 256 random bits, mailed once, stored only as a SHA-256
 * digest, single-use even under concurrent clicks.
 */
package jp.mypage.token;
