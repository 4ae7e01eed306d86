package jp.mypage.web.terms;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the 受講規約 as a PDF, opened in the browser. The operator replaces it without a rebuild
 * by pointing {@code TERMS_PDF_PATH} at another file; otherwise the packaged one is served.
 */
@WebServlet("/terms-of-use.pdf")
public class TermsOfUseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PACKAGED = "/jp/mypage/web/terms/terms-of-use.pdf";

    @Inject
    @ConfigProperty(name = "TERMS_PDF_PATH")
    private Optional<String> replacement;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> file = replacement.filter(p -> !p.isBlank()).map(Path::of).filter(Files::isReadable);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"terms-of-use.pdf\"");
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = file.isPresent() ? Files.newInputStream(file.get())
                : TermsOfUseServlet.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
