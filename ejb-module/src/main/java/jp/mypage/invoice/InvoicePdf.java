package jp.mypage.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mypage.pdf.PdfPrinter;

/** Prints a 請求書 or 領収書 as an A4 PDF, laid out by {@link InvoiceXhtml}. */
@ApplicationScoped
public class InvoicePdf {

    static final String FONT_FAMILY = PdfPrinter.FONT_FAMILY;

    @Inject
    PdfPrinter printer;

    public InvoicePdf() {
        // for CDI
    }

    InvoicePdf(PdfPrinter printer) {
        this.printer = printer;
    }

    /** The document as PDF bytes. */
    public byte[] render(InvoiceDocument document) {
        return printer.print(InvoiceXhtml.of(document, FONT_FAMILY), "document " + document.number());
    }
}
