/**
 * The portal's CSV downloads, written once for every page that offers one (連携者一覧, the account
 * list template and its import report): what Excel on Japanese Windows opens as UTF-8 without
 * garbling, and with no field a spreadsheet would run as a formula. Built on Apache Commons CSV,
 * which also reads the uploaded account lists.
 */
package jp.mypage.csv;
