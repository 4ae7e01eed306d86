package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.LoginAttempt;
import jp.mypage.web.security.LoginContinuation;
import jp.mypage.web.security.OperatorCredential;
import jp.mypage.web.security.SignedInOperator;

/**
 * The operators' login, {@code /admin/}: メールアドレス, パスワード, ログイン. An operator's session
 * ends after {@link #IDLE_TIMEOUT} without a request, shorter than a learner's.
 */
@Named
@RequestScoped
public class AdminLoginBacking {

    /** Idle time after which an operator logs in again (learners: 30 minutes, web.xml). */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
    static final String LANDING = "/admin/applications";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private SignedInOperator signedIn;

    private String email;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        LoginContinuation.forgetSavedRequest(request);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new OperatorCredential(email, password)));
        password = null;
        switch (status) {
            case SUCCESS -> {
                startSession(request);
                external.redirect(external.getRequestContextPath()
                        + LoginContinuation.target(continueTo, "/admin/").orElse(LANDING));
            }
            case SEND_CONTINUE -> {
                startSession(request);
                faces.responseComplete();
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                Messages.error("adminLogin.failed");
            }
        }
    }

    private void startSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setMaxInactiveInterval((int) IDLE_TIMEOUT.toSeconds());
        attempt.operator().ifPresent(signedIn::signIn);
    }

    /** The operator page that sent the visitor here ({@code ?continue=}), kept through the form. */
    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
