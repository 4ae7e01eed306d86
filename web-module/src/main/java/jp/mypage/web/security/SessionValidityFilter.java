package jp.mypage.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.mypage.authentication.SessionStamp;
import jp.mypage.authentication.SessionValidity;
import jp.mypage.domain.operator.Operator;

/**
 * Ends, on its next request, a session that no longer counts ({@link SessionValidity}: older than
 * the absolute lifetime, or begun before the account's password change, password reset or
 * 他の端末からログアウト). Under My Page and the console it sends the visitor to the login form of
 * their kind with a message: the container has authorised the request from the session by then, so
 * this filter answers before any page does (a Faces ajax request gets its redirect as a partial
 * response). A public page (a mailed link, the entry page) is shown signed out.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionValidityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The login forms show {@code session.ended} when they see it. */
    static final String ENDED_PARAMETER = "sessionEnded=true";

    @Inject
    private SessionValidity sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp
                && !sessions.isCurrent(stamp)) {
            end(request, session);
            if (isSignedInArea(request.getServletPath())) {
                String loginPage = stamp.principalName().startsWith(Operator.PRINCIPAL_PREFIX)
                        ? LoginPages.ADMIN_LOGIN : LoginPages.ACCOUNT_LOGIN;
                redirect(request, response, request.getContextPath() + loginPage + "?" + ENDED_PARAMETER);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** My Page and the console answer an ended session with the login form; public pages are shown signed out. */
    private static boolean isSignedInArea(String servletPath) {
        return servletPath != null && (servletPath.startsWith("/mypage/") || LoginPages.isAdminPath(servletPath));
    }

    private static void end(HttpServletRequest request, HttpSession session) throws ServletException {
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // another request of the same session ended it a moment earlier
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
