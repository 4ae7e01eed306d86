/** Finding accounts: by login identity (type and email) and by the signed-in caller. */
package jp.mypage.account;
