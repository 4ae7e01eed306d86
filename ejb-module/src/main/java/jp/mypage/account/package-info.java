/**
 * Finding accounts: by login identity (type and email), many addresses at once, and by the signed-in
 * caller.
 */
package jp.mypage.account;
