package jp.mypage.web.support;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A portal served over HTTPS ({@code APP_BASE_URL} is an https:// origin, directly or behind a
 * TLS-terminating proxy) names its session cookie {@code __Host-JSESSIONID} and marks it Secure: a
 * browser then accepts it only from a secure origin, for this host alone, on every path. The name is
 * the container's for every request, so it is decided at start-up; over plain HTTP the cookie keeps its
 * usual name (a {@code __Host-} cookie would be refused there).
 */
@WebListener
public class SessionCookieName implements ServletContextListener {

    static final String HOST_PREFIXED = "__Host-JSESSIONID";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String origin = ConfigProvider.getConfig().getOptionalValue("APP_BASE_URL", String.class).orElse("http://localhost:8080");
        if (prefixed(origin, event.getServletContext().getContextPath())) {
            SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setName(HOST_PREFIXED);
            cookie.setSecure(true);
            cookie.setPath("/");
        }
    }

    /** {@code __Host-} needs HTTPS and the path /, so the portal at the root of an https:// origin. */
    static boolean prefixed(String origin, String contextPath) {
        return origin != null && origin.strip().toLowerCase(Locale.ROOT).startsWith("https://")
                && (contextPath == null || contextPath.isEmpty() || contextPath.equals("/"));
    }
}
