package jp.mypage.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class LearningXhtmlTest {

    private static final LearningXhtml.CertificateText CERTIFICATE = new LearningXhtml.CertificateText(
            "山田 <太郎> & \"花子\"", "安全衛生研修", LocalDate.of(2026, 12, 2), "MC00000101", "ABCD-EFGH-JKMN-PQRS",
            "https://mypage.example/certificates/verify?code=ABCD-EFGH-JKMN-PQRS", "株式会社マイページ研修", Locale.JAPANESE);

    @Test
    void aCertificateIsWellFormedXhtmlWithTheNameEscapedAndTheDateInJapanese() throws Exception {
        String xhtml = LearningXhtml.certificate(CERTIFICATE);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes("UTF-8")));
        assertTrue(xhtml.contains("山田 &lt;太郎&gt; &amp; &quot;花子&quot; 様"), xhtml);
        assertTrue(xhtml.contains("修了日　2026年12月2日"), xhtml);
        assertTrue(xhtml.contains("?code=ABCD-EFGH-JKMN-PQRS"), "the verification link carries the code");
        assertFalse(xhtml.contains("<太郎>"));
    }

    @Test
    void inEnglishTheCertificateSaysSo() {
        String xhtml = LearningXhtml.certificate(new LearningXhtml.CertificateText("Taro Yamada", "Safety", LocalDate.of(2026,
                12, 2), "MC00000101", "ABCD", "https://x/verify", "My Page Training", Locale.ENGLISH));
        assertTrue(xhtml.contains("Certificate of Completion") && xhtml.contains("Completed on December 2, 2026"), xhtml);
    }

    @Test
    void anAdmissionTicketListsWhatAndWhere() throws Exception {
        String xhtml = LearningXhtml.ticket(new LearningXhtml.TicketText("山田 太郎", "安全衛生研修", "対面研修",
                "2026年12月3日 10:00–17:00 (JST)", "東京研修センター 3F", "MP00000042", 7, "株式会社マイページ研修",
                LocalDate.of(2026, 12, 1), Locale.JAPANESE));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes("UTF-8")));
        assertTrue(xhtml.contains("受講票") && xhtml.contains("東京研修センター 3F") && xhtml.contains("MP00000042"), xhtml);
    }
}
