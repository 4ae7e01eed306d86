package jp.mypage.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Which login form a protected page sends a visitor to: operators' pages ({@code /admin/**}) to
 * the operators' login, everything else to the entry page. {@link SessionFormAuthenticationMechanism}
 * asks for {@link #getLoginPage()} on each request that needs a login.
 */
@Named
@RequestScoped
public class LoginPages {

    public static final String ADMIN_LOGIN = "/admin/";
    public static final String ACCOUNT_LOGIN = "/";

    @Inject
    private HttpServletRequest request;

    /** The login form for the requested page, with that page as {@code ?continue=}. */
    public String getLoginPage() {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            page += "?" + request.getQueryString();
        }
        return (isAdminPath(request.getServletPath()) ? ADMIN_LOGIN : ACCOUNT_LOGIN) + "?" + LoginContinuation.PARAMETER
                + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    static boolean isAdminPath(String servletPath) {
        return servletPath != null && (servletPath.equals("/admin") || servletPath.startsWith("/admin/"));
    }
}
