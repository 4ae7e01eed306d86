/**
 * Printing the portal's documents (請求書, 領収書, 受講票, 修了証) as PDF from XHTML, with the Japanese
 * font the application ships (IPAex Gothic, IPA Font License, in {@code jp/mypage/pdf/fonts/}).
 */
package jp.mypage.pdf;
