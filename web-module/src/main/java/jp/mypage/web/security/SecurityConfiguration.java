package jp.mypage.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Login is a form: account holders log in on the entry page ({@code /}),
 * operators on {@code /admin/} ({@link SessionFormAuthenticationMechanism}). A protected page
 * requested without a session redirects to the matching form ({@link LoginPages}, evaluated per
 * request) and, after login, continues to the page that was asked for.
 */
@DeclareRoles({Roles.PERSONAL, Roles.CORPORATE, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
