/**
 * 請求書 and 領収書: the documents a learner or a company downloads for an order, with the issuer's
 * 登録番号 and the consumption tax summed and rounded once per rate, as the 適格請求書 rules require,
 * rendered to PDF in Japanese or English.
 * <p>
 * The PDF's Japanese text comes from IPAex Gothic, shipped in {@code jp/mypage/pdf/fonts/} with
 * its license ({@code IPA_Font_License_Agreement_v1.0.txt}, which allows redistribution with that
 * text beside the unmodified font), so rendering needs no font of the operating system. The font
 * is {@code ipaexg.ttf} from Debian's package {@code fonts-ipaexfont-gothic} 00401-5 (IPAex 004.01);
 * that package carries the license only inside its {@code copyright} file, from which the text
 * file was taken verbatim.
 */
package jp.mypage.invoice;
