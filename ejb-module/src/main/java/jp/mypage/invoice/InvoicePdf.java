package jp.mypage.invoice;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints a 請求書 or 領収書 as an A4 PDF. Its text is set in IPAex Gothic, which the application
 * ships and embeds (only the characters used), so the PDF looks the same on every server and
 * reader, headless and without any font of the operating system. The page reads nothing from
 * outside: no file, no URL. Stateless; one instance serves concurrent requests.
 */
@ApplicationScoped
public class InvoicePdf {

    /** The family the page's style asks for, under which the shipped font is registered. */
    static final String FONT_FAMILY = "IPAexGothic";

    private static final String FONT = "/jp/mypage/invoice/fonts/ipaexg.ttf";

    /** Read through this class's loader, so it is found inside the EAR or the WAR as on the test classpath. */
    private static final FSSupplier<InputStream> FONT_FILE = () -> InvoicePdf.class.getResourceAsStream(FONT);

    public InvoicePdf() {
        if (InvoicePdf.class.getResource(FONT) == null) {
            throw new IllegalStateException("The invoice font is missing from the application: " + FONT);
        }
    }

    /** The document as PDF bytes. */
    public byte[] render(InvoiceDocument document) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged for screen readers; also leaves out the built-in PDF fonts, whose set-up looks for OS fonts.
        builder.usePdfUaAccessibility(true);
        builder.useFont(FONT_FILE, FONT_FAMILY);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(InvoiceXhtml.of(document, FONT_FAMILY), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render document " + document.number(), e);
        }
        return pdf.toByteArray();
    }
}
