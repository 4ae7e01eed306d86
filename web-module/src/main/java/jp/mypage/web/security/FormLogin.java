package jp.mypage.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.function.Consumer;
import jp.mypage.authentication.SessionStamp;
import jp.mypage.authentication.SessionValidity;

/**
 * The login of both forms (accounts on {@code /}, operators on {@code /admin/}): authenticate the
 * credential as a plain caller-initiated login ({@link LoginContinuation}), give the session a new
 * id so one planted before login is worthless, stamp the session with its login
 * ({@link SessionValidityFilter} checks the stamp on every request), let the form set the session
 * up, then continue to the page that sent the visitor or to the form's landing page.
 */
@RequestScoped
public class FormLogin {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SessionValidity sessions;

    /**
     * @param continueTo the form's {@code ?continue=} value, honoured only under {@code area}
     * @param startSession sets up the new session (who signed in, its idle timeout)
     * @return whether the login succeeded (the response then redirects); when it did not, the
     *     response stays 200 so the form can say why
     */
    public boolean logIn(Credential credential, String continueTo, String area, String landing,
            Consumer<HttpSession> startSession) throws IOException {
        return logIn(credential, continueTo, area, landing, true, startSession);
    }

    /**
     * @param newSessionId false for the second step of an operator's login, whose session got its new
     *     id at the password step (a session planted before the password is worthless already): a
     *     code posted twice (a double click) then finds the one session, signed in, instead of one
     *     whose id has just gone
     */
    public boolean logIn(Credential credential, String continueTo, String area, String landing, boolean newSessionId,
            Consumer<HttpSession> startSession) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        LoginContinuation.forgetSavedRequest(request);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(credential));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            response.setStatus(HttpServletResponse.SC_OK);
            return false;
        }
        if (newSessionId && request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        session.setAttribute(SessionStamp.ATTRIBUTE, sessions.start(callerName(request)));
        startSession.accept(session);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            // Not expected once the saved request is gone; the mechanism has answered the request itself.
            faces.responseComplete();
        } else {
            external.redirect(external.getRequestContextPath() + LoginContinuation.target(continueTo, area).orElse(landing));
        }
        return true;
    }

    private String callerName(HttpServletRequest request) {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            caller = request.getUserPrincipal();
        }
        if (caller == null) {
            throw new IllegalStateException("A successful login without a caller");
        }
        return caller.getName();
    }
}
