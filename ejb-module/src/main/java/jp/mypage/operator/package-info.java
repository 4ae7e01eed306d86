/**
 * The operators of the operator console: their login check for the web module's identity store,
 * creating further operators, and the first operator created at start-up from the environment.
 */
package jp.mypage.operator;
