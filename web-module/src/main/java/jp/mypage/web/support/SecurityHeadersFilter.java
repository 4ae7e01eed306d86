package jp.mypage.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Headers on every response. {@code Referrer-Policy: no-referrer} matters most here: the
 * confirmation and reset links carry their secret in the URL, which must not leak to another site.
 * Signed-in pages are {@code Cache-Control: no-store}. Every cookie is {@code SameSite=Lax}, and
 * {@code Secure} when the request came over HTTPS, directly or through a trusted proxy
 * ({@link ClientAddress#saysHttps}); only then is HSTS sent. The Content-Security-Policy of the pages is
 * PrimeFaces' (its CSP mode, a nonce per response).
 *
 * <p>Declared in web.xml, first of the filters, so that its response wrapper sees every cookie.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    private transient ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean secure = request.isSecure() || clientAddress.saysHttps(request);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isSignedIn(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        CookieFlags flagged = new CookieFlags(response, secure);
        try {
            chain.doFilter(secure && !request.isSecure() ? new ForwardedHttps(request) : request, flagged);
        } finally {
            flagged.flagCookies();
        }
    }

    private static boolean isSignedIn(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getUserPrincipal() != null
                || path != null && (path.startsWith("/mypage/") || path.startsWith("/admin/"));
    }

    /** A request that reached a trusted proxy over HTTPS: the application sees it as secure. */
    private static final class ForwardedHttps extends HttpServletRequestWrapper {

        ForwardedHttps(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }
    }

    /**
     * Adds {@code SameSite=Lax} (and {@code Secure}) to every {@code Set-Cookie} the response has
     * before anything of it leaves: before each write, flush, redirect or error, and at the end.
     */
    static final class CookieFlags extends HttpServletResponseWrapper {

        private final boolean secure;
        private ServletOutputStream stream;
        private PrintWriter writer;

        CookieFlags(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        void flagCookies() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
            if (cookies.isEmpty()) {
                return;
            }
            List<String> flagged = new ArrayList<>(cookies.size());
            boolean changed = false;
            for (String cookie : cookies) {
                String withFlags = flag(cookie, secure);
                changed |= !withFlags.equals(cookie);
                flagged.add(withFlags);
            }
            if (changed) {
                response.setHeader("Set-Cookie", flagged.get(0));
                for (int i = 1; i < flagged.size(); i++) {
                    response.addHeader("Set-Cookie", flagged.get(i));
                }
            }
        }

        static String flag(String cookie, boolean secure) {
            String lower = cookie.toLowerCase(Locale.ROOT);
            StringBuilder flagged = new StringBuilder(cookie);
            if (!lower.contains("samesite=")) {
                flagged.append("; SameSite=Lax");
            }
            if (secure && !hasAttribute(lower, "secure")) {
                flagged.append("; Secure");
            }
            return flagged.toString();
        }

        private static boolean hasAttribute(String lowerCookie, String name) {
            for (String part : lowerCookie.split(";")) {
                if (part.trim().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                flagCookies();
            }
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            super.addCookie(cookie);
            flagCookies();
        }

        @Override
        public void flushBuffer() throws IOException {
            flagCookies();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            flagCookies();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status) throws IOException {
            flagCookies();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            flagCookies();
            super.sendError(status, message);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream inner = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        flagCookies();
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        flagCookies();
                        inner.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        flagCookies();
                        inner.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        flagCookies();
                        inner.close();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter inner = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] buffer, int off, int len) {
                        flagCookies();
                        inner.write(buffer, off, len);
                    }

                    @Override
                    public void write(String text, int off, int len) {
                        flagCookies();
                        inner.write(text, off, len);
                    }

                    @Override
                    public void flush() {
                        flagCookies();
                        inner.flush();
                    }

                    @Override
                    public void close() {
                        flagCookies();
                        inner.close();
                    }
                }, false);
            }
            return writer;
        }
    }
}
