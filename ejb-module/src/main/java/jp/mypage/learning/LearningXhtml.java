package jp.mypage.learning;

import static jp.mypage.pdf.PdfPrinter.escape;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mypage.pdf.PdfPrinter;

/**
 * The layouts of a 修了証 (A4 landscape) and a 受講票 (A4) as XHTML pages for {@link PdfPrinter}. Every
 * word comes from the bundle {@code jp/mypage/learning/documents_ja.properties} or
 * {@code documents_en.properties}; every text is escaped.
 */
final class LearningXhtml {

    static final String BUNDLE = "jp.mypage.learning.documents";

    private static final String STYLE = """
            * { font-family: %1$s; font-weight: normal; font-style: normal; }
            body { color: #222; line-height: 1.6; }
            .frame { border: 3pt double #1f3a5f; padding: 12mm 16mm; text-align: center; height: 150mm; }
            h1 { font-size: 30pt; margin: 2mm 0 8mm 0; color: #1f3a5f; }
            .name { font-size: 22pt; border-bottom: 1pt solid #222; display: inline-block; padding: 0 12mm 1mm 12mm; }
            .statement { font-size: 12pt; margin: 8mm 0 4mm 0; }
            .course { font-size: 17pt; margin: 2mm 0 6mm 0; }
            .date { font-size: 12pt; }
            .issuer { font-size: 13pt; margin-top: 10mm; }
            .ids { font-size: 8.5pt; color: #444; margin-top: 8mm; }
            table.ticket { border-collapse: collapse; width: 100%%; margin-top: 6mm; }
            table.ticket th { width: 30%%; text-align: left; background-color: #e8e8e8; border: 0.5pt solid #888; padding: 2mm; }
            table.ticket td { border: 0.5pt solid #888; padding: 2mm; }
            .note { font-size: 9pt; margin-top: 6mm; }
            """;

    private LearningXhtml() {
    }

    /** What a 修了証 says. */
    record CertificateText(String learnerName, String courseTitle, LocalDate completedOn, String number,
            String verificationCode, String verifyUrl, String issuer, Locale locale) {
    }

    /** What a 受講票 says. */
    record TicketText(String learnerName, String courseTitle, String delivery, String schedule, String place,
            String orderNumber, long seatId, String issuer, LocalDate issuedOn, Locale locale) {
    }

    static String certificate(CertificateText c) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, c.locale());
        StringBuilder out = start(bundle, "certificate", c.number(), c.locale(), "A4 landscape", "14mm");
        out.append("<div class=\"frame\">\n<h1>").append(escape(bundle.getString("certificate.title"))).append("</h1>\n")
                .append("<div><span class=\"name\">").append(escape(format(bundle, "certificate.name", c.learnerName())))
                .append("</span></div>\n<p class=\"statement\">").append(escape(bundle.getString("certificate.statement")))
                .append("</p>\n<p class=\"course\">").append(escape(c.courseTitle())).append("</p>\n<p class=\"date\">")
                .append(escape(format(bundle, "certificate.completedOn", date(c.completedOn(), c.locale()))))
                .append("</p>\n<p class=\"issuer\">").append(escape(c.issuer())).append("</p>\n<p class=\"ids\">")
                .append(escape(format(bundle, "certificate.number", c.number()))).append("<br/>")
                .append(escape(format(bundle, "certificate.code", c.verificationCode()))).append("<br/>")
                .append(escape(format(bundle, "certificate.verifyAt", c.verifyUrl()))).append("</p>\n</div>\n");
        return end(out);
    }

    static String ticket(TicketText t) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, t.locale());
        StringBuilder out = start(bundle, "ticket", t.orderNumber(), t.locale(), "A4", "18mm 16mm");
        out.append("<h1>").append(escape(bundle.getString("ticket.title"))).append("</h1>\n<table class=\"ticket\">\n");
        row(out, bundle, "ticket.learner", t.learnerName());
        row(out, bundle, "ticket.course", t.courseTitle());
        row(out, bundle, "ticket.delivery", t.delivery());
        row(out, bundle, "ticket.schedule", t.schedule());
        row(out, bundle, "ticket.place", t.place());
        row(out, bundle, "ticket.orderNumber", t.orderNumber());
        row(out, bundle, "ticket.seat", String.valueOf(t.seatId()));
        row(out, bundle, "ticket.issuedOn", date(t.issuedOn(), t.locale()));
        out.append("</table>\n<p class=\"note\">").append(escape(bundle.getString("ticket.note"))).append("</p>\n")
                .append("<p class=\"issuer\">").append(escape(t.issuer())).append("</p>\n");
        return end(out);
    }

    private static StringBuilder start(ResourceBundle bundle, String kind, String number, Locale locale, String size,
            String margin) {
        StringBuilder out = new StringBuilder(4096);
        String title = bundle.getString(kind + ".title") + " " + number;
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(locale.getLanguage()))
                .append("\">\n<head>\n<title>").append(escape(title)).append("</title>\n<style>\n@page { size: ")
                .append(size).append("; margin: ").append(margin).append("; }\n")
                .append(String.format(STYLE, PdfPrinter.FONT_FAMILY)).append("</style>\n</head>\n<body>\n");
        return out;
    }

    private static String end(StringBuilder out) {
        return out.append("</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder out, ResourceBundle bundle, String key, String value) {
        out.append("<tr><th>").append(escape(bundle.getString(key))).append("</th><td>")
                .append(escape(value == null ? "" : value)).append("</td></tr>\n");
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    static String date(LocalDate date, Locale locale) {
        return "en".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(date)
                : DateTimeFormatter.ofPattern("yyyy年M月d日").format(date);
    }
}
