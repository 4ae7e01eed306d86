package jp.mypage.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where a login continues: the protected page that sent the visitor to the login form, carried in
 * the form's {@code ?continue=} parameter ({@link LoginPages} adds it).
 *
 * <p>Why not Jakarta Security's own continuation: on the page restored after login, Payara runs EJB
 * calls without the caller's groups, so every {@code @RolesAllowed} service on that page refused
 * the new login (found by the operators' tests; the learners' test only looked at the address).
 * The login forms therefore drop the request saved by login-to-continue, authenticate as a plain
 * caller-initiated login, and redirect to the page themselves, after checking it is one of the
 * portal's own protected paths.
 */
public final class LoginContinuation {

    public static final String PARAMETER = "continue";
    /** The session attribute where Soteria (Payara's Jakarta Security) keeps the request it will restore. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private LoginContinuation() {
    }

    /** Call before {@code SecurityContext.authenticate}: the login then ends in SUCCESS, never in a restore. */
    public static void forgetSavedRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SAVED_REQUEST);
        }
    }

    /**
     * The page to continue to, if the parameter names a path under {@code area} ({@code /mypage/}
     * or {@code /admin/}) of this application; nothing for anything else (another site, a scheme,
     * a backslash or line break trick).
     */
    public static Optional<String> target(String requested, String area) {
        if (requested == null || !requested.startsWith(area) || requested.length() > 2_000
                || requested.contains("//") || requested.contains("\\") || requested.contains("\r")
                || requested.contains("\n") || requested.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(requested);
    }
}
