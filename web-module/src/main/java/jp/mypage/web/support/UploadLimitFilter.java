package jp.mypage.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Logger;
import jp.mypage.accountimport.AccountCsv;
import jp.mypage.learning.ContentStore;

/**
 * Refuses an upload that is too large while it arrives, before the Faces servlet parses it: the
 * account list ({@code /admin/import}) may be {@value AccountCsv#MAX_MEGABYTES} MB, a lesson file
 * {@code CONTENT_MAX_MB}. A request whose {@code Content-Length} announces more is answered at once,
 * before its body is read; one that grows past the Faces servlet's {@code <multipart-config>} while
 * the container parses it (no length announced) makes the container throw
 * {@link IllegalStateException}, which is answered the same way. The answer is a redirect to the
 * same page (303), which then shows {@code upload.tooLarge}: the person sees the page again with the
 * reason, never an error page.
 *
 * <p>Parts above the servlet's {@code file-size-threshold} are written to disk while they arrive,
 * so an allowed lesson video is never held whole in memory.
 */
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

    /** The session attribute that carries a refusal to the next page: the limit in MB. */
    public static final String REFUSED = UploadLimitFilter.class.getName() + ".refusedMegabytes";
    /** Room for the form's other fields (view state, title) beside the file. */
    static final long FORM_OVERHEAD = 256 * 1024;
    /** A refused body at most this much larger than allowed is read to its end, so a browser gets the answer. */
    static final long DRAIN_LIMIT = 16 * 1024 * 1024;
    static final String IMPORT_PAGE = "/admin/import";

    @Inject
    private ContentStore content;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isMultipartPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        long limitMegabytes = limitMegabytes(request);
        long limit = limitMegabytes * 1024 * 1024 + FORM_OVERHEAD;
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            refuse(request, response, limitMegabytes, announced - limit <= DRAIN_LIMIT);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            LOG.fine(() -> "Upload refused while it arrived: " + tooLarge.getMessage());
            refuse(request, response, limitMegabytes, false);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitMegabytes(HttpServletRequest request) {
        String page = requestUri(request).substring(request.getContextPath().length());
        if (page.endsWith(".xhtml")) {
            page = page.substring(0, page.length() - ".xhtml".length());
        }
        return page.equals(IMPORT_PAGE) ? AccountCsv.MAX_MEGABYTES : content.maxBytes() / (1024 * 1024);
    }

    /** The address the browser asked for (the extensionless page), also when it was forwarded to the view. */
    private static String requestUri(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }

    private static boolean isMultipartPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limitMegabytes,
            boolean drain) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(REFUSED, limitMegabytes);
        }
        if (drain) {
            discardBody(request);
        } else {
            response.setHeader("Connection", "close");
        }
        String query = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", requestUri(request) + (query == null ? "" : "?" + query));
        response.setContentLength(0);
    }

    /** Reads what is left of the body without keeping it, so the client is not cut off while it sends. */
    static void discardBody(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // discarded
            }
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "The refused upload's body was not read to its end: " + e);
        }
    }
}
