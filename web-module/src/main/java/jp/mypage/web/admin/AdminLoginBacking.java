package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.FormLogin;
import jp.mypage.web.security.LoginAttempt;
import jp.mypage.web.security.OperatorCredential;
import jp.mypage.web.security.SignedInOperator;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.support.ClientAddress;
import jp.mypage.web.support.SourceLimit;

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
    private FormLogin login;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private SignedInOperator signedInOperator;

    @Inject
    private SourceLimit sourceLimit;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private LocaleBacking locale;

    private String email;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        if (!sourceLimit.admit(ThrottledAction.LOGIN)) {
            password = null;
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        OperatorCredential credential = new OperatorCredential(email, password, clientAddress.of(request), locale.getLocale());
        boolean signedIn = login.logIn(credential, continueTo, "/admin/", LANDING, session -> {
            session.setMaxInactiveInterval((int) IDLE_TIMEOUT.toSeconds());
            attempt.operator().ifPresent(signedInOperator::signIn);
        });
        password = null;
        if (!signedIn && attempt.isBusy()) {
            sourceLimit.refuse();
        } else if (!signedIn) {
            Messages.error("adminLogin.failed");
        }
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
