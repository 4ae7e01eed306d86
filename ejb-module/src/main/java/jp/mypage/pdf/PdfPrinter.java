package jp.mypage.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints an XHTML page as PDF. Its text is set in IPAex Gothic, which the application ships and
 * embeds (only the characters used), so the PDF looks the same on every server and reader, headless
 * and without any font of the operating system. The page reads nothing from outside: no file, no
 * URL. Stateless; one instance serves concurrent requests.
 */
@ApplicationScoped
public class PdfPrinter {

    /** The family a page's style asks for, under which the shipped font is registered. */
    public static final String FONT_FAMILY = "IPAexGothic";

    private static final String FONT = "/jp/mypage/pdf/fonts/ipaexg.ttf";

    /** Read through this class's loader, so it is found inside the EAR or the WAR as on the test classpath. */
    private static final FSSupplier<InputStream> FONT_FILE = () -> PdfPrinter.class.getResourceAsStream(FONT);

    public PdfPrinter() {
        if (PdfPrinter.class.getResource(FONT) == null) {
            throw new IllegalStateException("The document font is missing from the application: " + FONT);
        }
    }

    /** The page as PDF bytes; {@code what} names it in an error. */
    public byte[] print(String xhtml, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged for screen readers; also leaves out the built-in PDF fonts, whose set-up looks for OS fonts.
        builder.usePdfUaAccessibility(true);
        builder.useFont(FONT_FILE, FONT_FAMILY);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + what, e);
        }
        return pdf.toByteArray();
    }

    /** The text escaped for an XHTML page; characters XML can't carry print as U+FFFD. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(isXmlCharacter(c) ? c : '\uFFFD');
            }
        });
        return escaped.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
