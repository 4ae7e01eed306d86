/**
 * Checking a login (type, email, password) for the web module's identity store: one generic
 * refusal for every wrong combination, equal timing for unknown addresses, and the lockout that
 * repeated failures earn.
 */
package jp.mypage.authentication;
