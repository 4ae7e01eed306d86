package jp.mypage.web;

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
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.AccountCredential;
import jp.mypage.web.security.LoginAttempt;
import jp.mypage.web.security.LoginContinuation;
import jp.mypage.web.security.SignedInAccount;

/**
 * The entry page (マイページ): 新規登録(個人), 新規登録(法人) and the login form, where the visitor
 * first picks 個人の方 or 法人の方. A successful login lands on お申込み履歴一覧, or on the protected
 * page that sent the visitor here.
 */
@Named
@RequestScoped
public class IndexBacking extends AccountChoiceForm {

    static final String LANDING = "/mypage/applications";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private SignedInAccount signedIn;

    private String password;
    private boolean emailNotConfirmed;
    private String continueTo;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        LoginContinuation.forgetSavedRequest(request);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new AccountCredential(getType(), getEmail(), password)));
        password = null;
        switch (status) {
            case SUCCESS -> {
                startSession(request);
                external.redirect(external.getRequestContextPath()
                        + LoginContinuation.target(continueTo, "/mypage/").orElse(LANDING));
            }
            case SEND_CONTINUE -> {
                startSession(request);
                faces.responseComplete();
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                emailNotConfirmed = attempt.isEmailNotConfirmed();
                Messages.error(emailNotConfirmed ? "login.notConfirmed" : attempt.refusalKey().orElse("login.failed"));
            }
        }
    }

    /** A fresh session id at login, so a session id planted before login is worthless. */
    private void startSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        attempt.account().ifPresent(signedIn::signIn);
    }

    /** The protected page that sent the visitor here ({@code ?continue=}), kept through the form. */
    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEmailNotConfirmed() {
        return emailNotConfirmed;
    }
}
