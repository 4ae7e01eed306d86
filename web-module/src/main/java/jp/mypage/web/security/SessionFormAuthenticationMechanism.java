package jp.mypage.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The portal's login: a form ({@link FormLogin}) hands the credential to
 * {@code SecurityContext.authenticate}, the identity stores check it, and the session keeps the caller
 * and groups ({@link SessionCaller}); every later request of the session is that caller with those
 * groups. A protected page requested without a signed-in session redirects to the matching login
 * form ({@link LoginPages}), which continues to the page after login ({@link LoginContinuation}).
 *
 * <p>Why not Jakarta Security's form mechanism with its session (auto-apply-session): Payara keeps
 * that login as its own principal in the session, and on another node of a cluster the principal
 * comes back without its groups (payara/Payara#6342): after a node died, the signed-in user got
 * 403 on every page of theirs. Here the groups are a session attribute like any other, and each
 * request tells the container both, so any node that has the session has the login.
 */
@ApplicationScoped
public class SessionFormAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginPages loginPages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SessionCaller.ATTRIBUTE,
                        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            } else {
                forget(request);
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + loginPages.getLoginPage());
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
    }
}
