package jp.mypage.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Login is a form: account holders log in on the entry page ({@code /}), operators on
 * {@code /admin/}. A protected page requested without a session redirects to the matching form
 * ({@link LoginPages}, evaluated per request) and, after login, continues to the page that was
 * asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{loginPages.loginPage}", useForwardToLogin = false,
                errorPage = ""))
@DeclareRoles({Roles.PERSONAL, Roles.CORPORATE, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
