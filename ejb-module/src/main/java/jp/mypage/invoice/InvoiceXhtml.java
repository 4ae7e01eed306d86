package jp.mypage.invoice;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The layout of a 請求書 or 領収書 as an A4 XHTML page for {@link InvoicePdf}: title, number and date,
 * recipient and issuer, the amount, the lines, the tax per rate and the total, then the due date and
 * bank account of an invoice or the acknowledgement of a receipt. Every word comes from the bundle
 * {@code jp/mypage/invoice/invoice_ja.properties} or {@code invoice_en.properties}; every text is
 * escaped, so names with {@code < & "} print as typed.
 */
final class InvoiceXhtml {

    static final String BUNDLE = "jp.mypage.invoice.invoice";

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                @bottom-right { content: counter(page) " / " counter(pages); font-family: %1$s; font-size: 8pt; color: #666; } }
            * { font-family: %1$s; font-weight: normal; font-style: normal; }
            body { font-size: 9.5pt; color: #222; line-height: 1.5; }
            h1 { font-size: 22pt; text-align: center; margin: 0 0 5mm 0; padding-bottom: 2mm; border-bottom: 1.5pt solid #222; }
            table { border-collapse: collapse; width: 100%%; }
            td, th { vertical-align: top; }
            .meta td { text-align: right; padding: 0; }
            .parties { margin-top: 4mm; }
            .parties td.recipient { width: 55%%; padding-right: 8mm; }
            .recipient-name { font-size: 14pt; border-bottom: 0.75pt solid #222; padding-bottom: 1mm; }
            .issuer-name { font-size: 11pt; }
            .lead { margin: 4mm 0 2mm 0; }
            .headline { width: 55%%; margin: 2mm 0 4mm 0; }
            .headline td { border: 1pt solid #222; padding: 2mm 3mm; font-size: 12pt; vertical-align: middle; }
            .headline td.amount { font-size: 18pt; text-align: right; }
            .receipt-note { margin: 0 0 4mm 0; }
            .lines { -fs-table-paginate: paginate; margin-top: 2mm; }
            .lines th { background-color: #e8e8e8; border: 0.5pt solid #888; padding: 1.5mm; text-align: center; white-space: nowrap; }
            .lines td { border: 0.5pt solid #888; padding: 1.5mm; }
            .lines tr { page-break-inside: avoid; }
            .num { text-align: right; white-space: nowrap; }
            .summary { margin: 4mm 0 0 45%%; }
            .summary td { border-bottom: 0.5pt solid #888; padding: 1.2mm 1.5mm; white-space: nowrap; }
            .summary td.label { width: 60%%; }
            .summary tr.grand td { font-size: 12pt; border-top: 1pt solid #222; border-bottom: 1pt solid #222; }
            .payment { margin-top: 8mm; }
            .payment th { width: 30%%; text-align: left; background-color: #e8e8e8; border: 0.5pt solid #888; padding: 1.5mm; }
            .payment td { border: 0.5pt solid #888; padding: 1.5mm; }
            """;

    private final InvoiceDocument document;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final StringBuilder out = new StringBuilder(8192);

    private InvoiceXhtml(InvoiceDocument document) {
        this.document = document;
        this.locale = supported(document.locale());
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, InvoiceXhtml.class.getClassLoader());
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
    }

    /** The document as one XHTML page whose every text uses the given font family. */
    static String of(InvoiceDocument document, String fontFamily) {
        return new InvoiceXhtml(document).page(fontFamily);
    }

    /** Japanese unless English is asked for: never the server's default locale. */
    static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private String page(String fontFamily) {
        String title = text("title." + document.kind());
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(locale.getLanguage()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(escape(title + " " + document.number())).append("</title>\n<meta name=\"subject\" content=\"")
                .append(escape(title + " " + document.number() + " " + recipient())).append("\"/>\n<meta name=\"author\" content=\"")
                .append(escape(document.issuer().name())).append("\"/>\n<style>\n")
                .append(STYLE.formatted("'" + fontFamily + "'")).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        numberAndDate();
        parties();
        headline();
        lines();
        summary();
        if (document.kind() == InvoiceDocument.Kind.INVOICE) {
            payment();
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void numberAndDate() {
        out.append("<table class=\"meta\">\n");
        row(text("number." + document.kind()) + ": " + document.number());
        row(text("issueDate") + ": " + date(document.issueDate()));
        out.append("</table>\n");
    }

    private void parties() {
        Issuer issuer = document.issuer();
        out.append("<table class=\"parties\">\n<tr>\n<td class=\"recipient\"><div class=\"recipient-name\">")
                .append(escape(recipient())).append("</div></td>\n")
                .append("<td class=\"issuer\"><div class=\"issuer-name\">").append(escape(issuer.name())).append("</div>\n")
                .append("<div>").append(escape(text("issuer.registrationNumber", issuer.registrationNumber()))).append("</div>\n");
        if (!issuer.address().isEmpty()) {
            out.append("<div>").append(escapeLines(issuer.address())).append("</div>\n");
        }
        if (!issuer.phone().isEmpty()) {
            out.append("<div>").append(escape(text("issuer.phone", issuer.phone()))).append("</div>\n");
        }
        out.append("</td>\n</tr>\n</table>\n");
    }

    /** The recipient's name with 御中 for a company or 様 for a person. */
    private String recipient() {
        String key = document.recipientIsOrganization() ? "recipient.organization" : "recipient.person";
        return text(key, document.recipientName());
    }

    private void headline() {
        boolean invoice = document.kind() == InvoiceDocument.Kind.INVOICE;
        if (invoice) {
            out.append("<p class=\"lead\">").append(escape(text("invoice.lead"))).append("</p>\n");
        }
        out.append("<table class=\"headline\">\n<tr><td>")
                .append(escape(text(invoice ? "invoice.amount" : "receipt.amount"))).append("</td><td class=\"amount\">")
                .append(escape(yen(document.grandTotal()))).append("</td></tr>\n</table>\n");
        if (!invoice) {
            out.append("<div class=\"receipt-note\">\n<div>").append(escape(text("receipt.purpose"))).append("</div>\n")
                    .append("<div>").append(escape(text("receipt.acknowledgement"))).append("</div>\n")
                    .append("<div>").append(escape(text("receipt.paidDate") + ": " + date(document.paidDate())))
                    .append("</div>\n</div>\n");
        }
    }

    private void lines() {
        out.append("<table class=\"lines\">\n<thead>\n<tr>");
        for (String column : new String[] {"description", "quantity", "unitPrice", "amount", "taxRate"}) {
            out.append("<th>").append(escape(text("column." + column))).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (InvoiceLine line : document.lines()) {
            out.append("<tr><td>").append(escapeLines(line.description())).append("</td>")
                    .append("<td class=\"num\">").append(escape(number(BigDecimal.valueOf(line.quantity())))).append("</td>")
                    .append("<td class=\"num\">").append(escape(yen(line.unitPrice()))).append("</td>")
                    .append("<td class=\"num\">").append(escape(yen(line.amount()))).append("</td>")
                    .append("<td class=\"num\">").append(escape(text("column.taxRateValue", line.taxRatePercent())))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void summary() {
        out.append("<div class=\"summary\">\n<table>\n");
        for (TaxTotal rate : document.taxTotals()) {
            labelled("rate", text("summary.net", rate.taxRatePercent()), yen(rate.net()));
            labelled("rate", text("summary.tax", rate.taxRatePercent()), yen(rate.tax()));
        }
        labelled("grand", text("summary.grandTotal"), yen(document.grandTotal()));
        out.append("</table>\n</div>\n");
    }

    private void payment() {
        out.append("<table class=\"payment\">\n");
        out.append("<tr><th>").append(escape(text("invoice.dueDate"))).append("</th><td>")
                .append(escape(date(document.dueDate()))).append("</td></tr>\n");
        String bankAccount = document.issuer().bankAccount();
        if (!bankAccount.isEmpty()) {
            out.append("<tr><th>").append(escape(text("invoice.bankAccount"))).append("</th><td>")
                    .append(escapeLines(bankAccount)).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void row(String text) {
        out.append("<tr><td>").append(escape(text)).append("</td></tr>\n");
    }

    private void labelled(String rowClass, String label, String value) {
        out.append("<tr class=\"").append(rowClass).append("\"><td class=\"label\">").append(escape(label))
                .append("</td><td class=\"num\">").append(escape(value)).append("</td></tr>\n");
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private String date(LocalDate date) {
        return dates.format(date);
    }

    /** Whole yen with thousands separators: {@code ¥12,345}. */
    static String yen(BigDecimal amount) {
        return "¥" + number(amount);
    }

    private static String number(BigDecimal amount) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** The text as XML character data: markup characters escaped, characters XML cannot hold replaced. */
    static String escape(String text) {
        return jp.mypage.pdf.PdfPrinter.escape(text);
    }

    /** Like {@link #escape}, keeping the text's line breaks (an address, a bank account) as breaks. */
    private static String escapeLines(String text) {
        return escape(text.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br/>");
    }
}
