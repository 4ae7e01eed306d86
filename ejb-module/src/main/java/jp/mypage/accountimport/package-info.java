/**
 * アカウント一括登録: an operator invites many accounts from one account list (CSV). The template
 * to fill in, the file's checks (encoding, header, each row with the sign-up forms' constraints,
 * duplicates in the file and in the database) in a preview that writes nothing, the background run
 * in batches with its progress, and the report to download. Each valid row becomes one invitation
 * through {@code jp.mypage.invitation}; that package does not know this one. The words of the files
 * are the bundle {@code jp/mypage/accountimport/csv_*.properties}, as the server writes them.
 */
package jp.mypage.accountimport;
