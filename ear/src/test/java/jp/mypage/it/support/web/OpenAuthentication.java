package jp.mypage.it.support.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test-support module's own authentication mechanism, which authenticates nobody (its endpoints
 * are open). Payara's Jakarta Security sees the portal's mechanism (a bean of the portal's WAR) and
 * then bridges every web module of the EAR to a mechanism; this module cannot see the portal's
 * classes, so without one of its own every request here failed with a NullPointerException (500).
 */
@ApplicationScoped
public class OpenAuthentication implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return context.doNothing();
    }
}
