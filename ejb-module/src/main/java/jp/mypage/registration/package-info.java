/**
 * 新規登録: personal and corporate sign-up. A sign-up creates an account waiting for 本登録 and
 * queues the confirmation mail; a sign-up for an address that already holds an account of that
 * type creates nothing, answers the same, and tells the owner by mail.
 */
package jp.mypage.registration;
