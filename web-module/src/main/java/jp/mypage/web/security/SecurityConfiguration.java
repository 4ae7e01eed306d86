package jp.mypage.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Login is a form on the entry page ({@code /}); a protected page requested without a session
 * redirects there and, after login, continues to the page that was asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.PERSONAL, Roles.CORPORATE})
@ApplicationScoped
public class SecurityConfiguration {
}
