/**
 * Passwords: what the portal accepts (length, not a common password) and how it stores them
 * (PBKDF2-HMAC-SHA256, 600,000 iterations, through Jakarta Security's {@code Pbkdf2PasswordHash}).
 */
package jp.mypage.password;
