package jp.mypage.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mypage.invoice.InvoiceDocument.Kind;
import org.junit.jupiter.api.Test;

class InvoiceDocumentTest {

    private static final Issuer ISSUER = new Issuer("株式会社テスト研修", "T9876543210987", "東京都港区1-2-3", "03-1111-2222", "");

    private static InvoiceDocument invoice(InvoiceLine... lines) {
        return new InvoiceDocument(Kind.INVOICE, "A-0001", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), null,
                ISSUER, "株式会社サンプル", true, List.of(lines), Locale.JAPANESE);
    }

    private static BigDecimal yen(long amount) {
        return BigDecimal.valueOf(amount);
    }

    @Test
    void lineAmountIsUnitPriceTimesQuantityBeforeTax() {
        assertEquals(yen(9_999), new InvoiceLine("Java入門研修", 3, yen(3_333), 10).amount());
    }

    @Test
    void taxIsRoundedDownOncePerRateNotPerLine() {
        // Per line: 100.5 → 100, three times 300. Per rate: 3,015 × 10% = 301.5 → 301.
        InvoiceDocument invoice = invoice(
                new InvoiceLine("研修A", 1, yen(1_005), 10),
                new InvoiceLine("研修B", 1, yen(1_005), 10),
                new InvoiceLine("研修C", 1, yen(1_005), 10));

        assertEquals(List.of(new TaxTotal(10, yen(3_015), yen(301))), invoice.taxTotals(),
                "one tax for the 10% lines, from their sum, rounded down");
        assertEquals(yen(3_015), invoice.netTotal());
        assertEquals(yen(301), invoice.taxTotal());
        assertEquals(yen(3_316), invoice.grandTotal());
    }

    @Test
    void mixedRatesAreSummedPerRateHighestRateFirst() {
        // 8%: per line 80.96 → 80 twice = 160; per rate 2,024 × 8% = 161.92 → 161 (half-up would give 162).
        InvoiceDocument invoice = invoice(
                new InvoiceLine("教材(軽減税率)", 1, yen(1_012), 8),
                new InvoiceLine("研修", 3, yen(1_005), 10),
                new InvoiceLine("弁当(軽減税率)", 1, yen(1_012), 8));

        assertEquals(List.of(new TaxTotal(10, yen(3_015), yen(301)), new TaxTotal(8, yen(2_024), yen(161))),
                invoice.taxTotals(), "10% first, then 8%, each rounded down once");
        assertEquals(yen(5_039), invoice.netTotal());
        assertEquals(yen(462), invoice.taxTotal());
        assertEquals(yen(5_501), invoice.grandTotal());
    }

    @Test
    void amountsAreWholeYen() {
        assertEquals(0, new InvoiceLine("研修", 1, new BigDecimal("5000.00"), 10).unitPrice().scale());
        assertThrows(IllegalArgumentException.class, () -> new InvoiceLine("研修", 1, new BigDecimal("5000.5"), 10));
    }

    @Test
    void refusesIllegalLines() {
        assertThrows(IllegalArgumentException.class, () -> new InvoiceLine("研修", 0, yen(1_000), 10), "no quantity");
        assertThrows(IllegalArgumentException.class, () -> new InvoiceLine("研修", 1, yen(-1), 10), "negative price");
        assertThrows(IllegalArgumentException.class, () -> new InvoiceLine(" ", 1, yen(1_000), 10), "no description");
        assertThrows(IllegalArgumentException.class, () -> new InvoiceLine("研修", 1, yen(1_000), -8), "negative rate");
    }

    @Test
    void invoiceNeedsDueDateAndReceiptNeedsPaidDate() {
        List<InvoiceLine> lines = List.of(new InvoiceLine("研修", 1, yen(1_000), 10));
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> new InvoiceDocument(Kind.INVOICE, "A-0002", day, null, null,
                ISSUER, "山田 太郎", false, lines, Locale.JAPANESE));
        assertThrows(IllegalArgumentException.class, () -> new InvoiceDocument(Kind.RECEIPT, "A-0003", day, null, null,
                ISSUER, "山田 太郎", false, lines, Locale.JAPANESE));
    }

    @Test
    void refusesDocumentWithoutLines() {
        assertThrows(IllegalArgumentException.class, InvoiceDocumentTest::invoice);
    }
}
