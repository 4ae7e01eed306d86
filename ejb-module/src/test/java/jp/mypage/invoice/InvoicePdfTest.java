package jp.mypage.invoice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mypage.invoice.InvoiceDocument.Kind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    private final InvoicePdf pdf = new InvoicePdf(new jp.mypage.pdf.PdfPrinter());

    private static final Issuer ISSUER = new Issuer("株式会社マイページ研修", "T4567890123456",
            "東京都千代田区丸の内1-1-1", "03-0000-0000", "みずほ銀行 東京営業部 普通 1234567 カ）マイページケンシュウ");

    /** 10%: 3 × ¥1,005 = ¥3,015, tax ¥301. 8%: 2 × ¥1,012 = ¥2,024, tax ¥161. Total ¥5,501. */
    private static List<InvoiceLine> mixedLines() {
        return List.of(
                new InvoiceLine("Java入門研修 受講料", 3, BigDecimal.valueOf(1_005), 10),
                new InvoiceLine("研修用テキスト(軽減税率)", 2, BigDecimal.valueOf(1_012), 8));
    }

    private static InvoiceDocument document(Kind kind, String recipient, boolean organization, Locale locale) {
        LocalDate issued = LocalDate.of(2025, 4, 1);
        return new InvoiceDocument(kind, "M-20250401-0007", issued,
                kind == Kind.INVOICE ? issued.plusDays(30) : null, kind == Kind.RECEIPT ? issued : null,
                ISSUER, recipient, organization, mixedLines(), locale);
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDFont> fonts(byte[] bytes) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
        }
        return fonts;
    }

    private static void assertLine(String text, String expected, String what) {
        assertTrue(text.lines().anyMatch(line -> line.strip().equals(expected)),
                what + ": expected a line \"" + expected + "\" in:\n" + text);
    }

    private static void assertContains(String text, String expected, String what) {
        assertTrue(text.contains(expected), what + ": expected \"" + expected + "\" in:\n" + text);
    }

    @Test
    void invoiceShowsTitleIssuerRecipientTaxPerRateAndTotal() throws IOException {
        String text = text(pdf.render(document(Kind.INVOICE, "株式会社サンプル", true, Locale.JAPANESE)));

        assertLine(text, "請求書", "the title");
        assertContains(text, "M-20250401-0007", "the document number");
        assertContains(text, "2025年4月1日", "the issue date");
        assertContains(text, "株式会社サンプル 御中", "the company with 御中");
        assertContains(text, "T4567890123456", "the registration number");
        assertContains(text, "株式会社マイページ研修", "the issuer");
        assertContains(text, "10%対象", "the 10% net");
        assertContains(text, "¥3,015", "the 10% net amount");
        assertContains(text, "¥301", "the 10% tax");
        assertContains(text, "8%対象", "the 8% net");
        assertContains(text, "¥2,024", "the 8% net amount");
        assertContains(text, "¥161", "the 8% tax");
        assertContains(text, "合計(税込)", "the total's label");
        assertContains(text, "¥5,501", "the grand total");
        assertContains(text, "2025年5月1日", "the due date");
        assertContains(text, "カ）マイページケンシュウ", "the bank account");
        assertFalse(text.contains("領収"), "an invoice acknowledges no payment");
    }

    @Test
    void receiptAcknowledgesThePayment() throws IOException {
        String text = text(pdf.render(document(Kind.RECEIPT, "山田 太郎", false, Locale.JAPANESE)));

        assertLine(text, "領収書", "the title");
        assertContains(text, "山田 太郎 様", "the person with 様");
        assertContains(text, "T4567890123456", "the registration number");
        assertContains(text, "上記正に領収いたしました", "the acknowledgement");
        assertContains(text, "但し 研修受講料として", "the purpose");
        assertContains(text, "領収日", "the paid date's label");
        assertContains(text, "¥301", "the 10% tax");
        assertContains(text, "¥161", "the 8% tax");
        assertContains(text, "¥5,501", "the grand total");
        assertFalse(text.contains("振込"), "a receipt asks for no transfer");
    }

    @Test
    void englishDocumentUsesEnglishTexts() throws IOException {
        String text = text(pdf.render(document(Kind.INVOICE, "Sample Co., Ltd.", true, Locale.ENGLISH)));

        assertLine(text, "Invoice", "the title");
        assertContains(text, "April 1, 2025", "the issue date");
        assertContains(text, "May 1, 2025", "the due date");
        assertContains(text, "Sample Co., Ltd.", "the recipient");
        assertContains(text, "Registration No.: T4567890123456", "the registration number");
        assertContains(text, "Consumption tax (8%)", "the 8% tax's label");
        assertContains(text, "¥5,501", "the grand total");
        assertFalse(text.contains("請求書"), "no Japanese title");
        assertFalse(text.contains("御中"), "no Japanese honorific");
    }

    @Test
    void namesPrintAsTypedWithMarkupCharacters() throws IOException {
        String name = "<b>山田 & \"太郎\"</b> 'x'";
        String text = text(pdf.render(document(Kind.RECEIPT, name, false, Locale.JAPANESE)));

        assertContains(text, name + " 様", "the name, not markup");
    }

    @Test
    void embedsOnlyTheShippedFont() throws IOException {
        List<PDFont> fonts = fonts(pdf.render(document(Kind.INVOICE, "株式会社サンプル", true, Locale.JAPANESE)));

        assertFalse(fonts.isEmpty(), "the PDF has fonts");
        for (PDFont font : fonts) {
            assertTrue(font.getName().contains("IPAex"), "every font is IPAex Gothic: " + font.getName());
            assertTrue(font.isEmbedded(), "the font is embedded: " + font.getName());
        }
    }
}
