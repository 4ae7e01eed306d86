package jp.mypage.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rules behind the cookie flags, the trusted proxies' addresses and the __Host- session cookie. */
class CookieAndProxyRulesTest {

    @Test
    void everyCookieGetsSameSiteLaxAndSecureOnlyOverHttps() {
        assertEquals("a=1; Path=/; HttpOnly; SameSite=Lax", SecurityHeadersFilter.CookieFlags.flag("a=1; Path=/; HttpOnly", false));
        assertEquals("a=1; Path=/; SameSite=Lax; Secure", SecurityHeadersFilter.CookieFlags.flag("a=1; Path=/", true));
        assertEquals("a=1; Secure; SameSite=Strict", SecurityHeadersFilter.CookieFlags.flag("a=1; Secure; SameSite=Strict", true),
                "a cookie's own SameSite and Secure are kept");
        assertEquals("secure=1; SameSite=Lax; Secure", SecurityHeadersFilter.CookieFlags.flag("secure=1", true),
                "a cookie named secure is not the flag");
    }

    @Test
    void proxyAddressesHaveOneSpellingAndNamesAreNeverLookedUp() {
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.normalize("::1"));
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.normalize("0:0:0:0:0:0:0:1"));
        assertEquals("10.0.0.5", ClientAddress.normalize("10.0.0.5"));
        assertEquals("proxy.example", ClientAddress.normalize("proxy.example"), "a name stays a name (no DNS)");
        assertEquals("cafe", ClientAddress.normalize("cafe"));
    }

    @Test
    void theSessionCookieIsHostPrefixedForAnHttpsSiteAtTheRoot() {
        assertTrue(SessionCookieName.prefixed("https://mypage.example.jp", ""));
        assertTrue(SessionCookieName.prefixed(" HTTPS://mypage.example.jp/", "/"));
        assertFalse(SessionCookieName.prefixed("http://localhost:8080", ""));
        assertFalse(SessionCookieName.prefixed("https://mypage.example.jp", "/portal"), "__Host- needs the path /");
    }
}
