package jp.mypage.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.mypage.invoice.InvoiceDocument.Kind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class InvoiceXhtmlTest {

    @Test
    void escapesMarkupAndReplacesCharactersXmlCannotHold() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;A&amp;B&#39;s\uFFFD&lt;/a&gt;",
                InvoiceXhtml.escape("<a href=\"x\">A&B's\u0000</a>"));
    }

    @Test
    void hostileTextsKeepThePageWellFormedAndPrintAsTyped() throws Exception {
        String name = "</div><script>&\"'\u0007";
        Issuer issuer = new Issuer("A&B <研修>", "T1000000000001", "東京都\n千代田区", "03 & 04", "<口座>");
        InvoiceDocument invoice = new InvoiceDocument(Kind.INVOICE, "<N&1>", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 5, 1), null, issuer, name, true,
                List.of(new InvoiceLine("]]><x/>", 1, BigDecimal.valueOf(1_000), 10)), Locale.JAPANESE);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document page = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(InvoiceXhtml.of(invoice, "IPAexGothic"))));

        assertEquals(0, page.getElementsByTagName("script").getLength(), "no markup from a name");
        assertEquals(0, page.getElementsByTagName("x").getLength(), "no markup from a description");
        String text = page.getDocumentElement().getTextContent();
        assertTrue(text.contains("</div><script>&\"'\uFFFD 御中"), "the name as typed, with 御中");
    }

    @Test
    void amountsAreYenWithThousandsSeparators() {
        assertEquals("¥1,234,567", InvoiceXhtml.yen(BigDecimal.valueOf(1_234_567)));
        assertEquals("¥0", InvoiceXhtml.yen(BigDecimal.ZERO));
    }
}
