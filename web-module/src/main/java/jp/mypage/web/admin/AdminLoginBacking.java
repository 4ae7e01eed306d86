package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import jakarta.faces.context.ExternalContext;
import jp.mypage.operator.OperatorService;
import jp.mypage.operator.PasswordStep;
import jp.mypage.password.PasswordChecksBusyException;
import jp.mypage.web.i18n.Messages;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.support.ClientAddress;
import jp.mypage.web.support.SourceLimit;

/**
 * The operators' login, {@code /admin/}: メールアドレス, パスワード, ログイン, then the code of their
 * authenticator app ({@link SecondFactorBacking}). An operator's session ends after
 * {@link #IDLE_TIMEOUT} without a request, shorter than a learner's.
 */
@Named
@RequestScoped
public class AdminLoginBacking {

    /** Idle time after which an operator logs in again (learners: 30 minutes, web.xml). */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
    static final String LANDING = "/admin/applications";

    @Inject
    private OperatorService operators;

    @Inject
    private SourceLimit sourceLimit;

    @Inject
    private ClientAddress clientAddress;

    private String email;
    private String password;
    private String continueTo;

    /** The first step: a right password leads to the second, {@code /admin/second-factor}. */
    public void login() throws IOException {
        String typed = password;
        password = null;
        if (!sourceLimit.admit(ThrottledAction.LOGIN)) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<PasswordStep> step;
        try {
            step = operators.checkPassword(email, typed, clientAddress.of(request));
        } catch (PasswordChecksBusyException e) {
            sourceLimit.refuse();
            return;
        }
        if (step.isEmpty()) {
            Messages.error("adminLogin.failed");
            return;
        }
        OperatorSecondStep.begin(request, step.get(), continueTo);
        external.redirect(external.getRequestContextPath() + SecondFactorBacking.PAGE);
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
