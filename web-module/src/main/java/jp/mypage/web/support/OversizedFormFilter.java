package jp.mypage.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import jp.mypage.web.i18n.LocaleBacking;

/**
 * Refuses a form post (not an upload: {@link UploadLimitFilter} takes those) larger than
 * {@link #MAX_BYTES}, before anything reads its parameters. The container would otherwise throw
 * {@code IllegalStateException: GRIZZLY0205: Post too large} from the first {@code getParameter}
 * (beyond its 2 MB), which ended as an error page with a stack trace in the log. Every form of the
 * portal fits many times into the limit (its longest field holds 2,000 characters). The answer is
 * 413 with a short page in the session's language (Japanese for a visitor without a session, as
 * every page) and a link back to the form (an ajax post gets
 * the partial-response redirect to its page), and one log line.
 */
public class OversizedFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OversizedFormFilter.class.getName());

    /** The largest form post read: 1 MB, half of what the container accepts. */
    static final long MAX_BYTES = 1024 * 1024;
    /** A refused body at most this large is read to its end, so the client gets the answer. */
    static final long DRAIN_LIMIT = 16 * 1024 * 1024;

    @Inject
    private LocaleBacking session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced <= MAX_BYTES && announced >= 0) {
            chain.doFilter(request, response);
            return;
        }
        if (announced < 0 && fitsWhenRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Refused a form post of " + (announced < 0 ? "unannounced length above " + MAX_BYTES
                : announced) + " bytes to " + request.getRequestURI());
        if (announced >= 0 && announced <= DRAIN_LIMIT) {
            UploadLimitFilter.discardBody(request);
        } else {
            response.setHeader("Connection", "close");
        }
        String page = request.getRequestURI();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + PlainPage.escape(page) + "\"/></partial-response>");
            return;
        }
        PlainPage.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, language(request),
                "formTooLarge.title", "formTooLarge.text", page, "formTooLarge.back");
    }

    /** A post without a length: read here, under the limit, before anyone parses it. */
    private static boolean fitsWhenRead(HttpServletRequest request) {
        // Without a length the container reads the body when the parameters are first asked for; asking
        // here, in UTF-8 as the portal's pages post, either fits or fails on the container's own limit.
        try {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            request.getParameterMap();
            return true;
        } catch (IllegalStateException | IOException tooLarge) {
            return false;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The language the visitor chose in this session (the pages' language), never creating a session. */
    private Locale language(HttpServletRequest request) {
        return request.getSession(false) == null ? Locale.JAPANESE : session.getLocale();
    }
}
