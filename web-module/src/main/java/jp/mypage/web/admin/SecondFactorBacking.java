package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mypage.operator.OperatorService;
import jp.mypage.operator.SecondFactorCodes;
import jp.mypage.operator.SignedIn;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.FormLogin;
import jp.mypage.web.security.LoginAttempt;
import jp.mypage.web.security.LoginContinuation;
import jp.mypage.web.security.OperatorCodeCredential;
import jp.mypage.web.security.SignedInOperator;
import jp.mypage.web.support.ClientAddress;
import jp.mypage.web.support.SourceLimit;

/**
 * The second step of the operators' login, {@code /admin/second-factor}: 確認コード, the six digits
 * the authenticator app shows (or a recovery code). At an operator's first login it enrols the app
 * first: a QR code to scan and the key as text (to type into an app on the same phone, or for a
 * screen reader), confirmed by one code; the recovery codes are shown once next
 * ({@link RecoveryCodesBacking}). Without a password step in the session the page sends the
 * visitor back to the login form.
 */
@Named
@RequestScoped
public class SecondFactorBacking {

    static final String PAGE = "/admin/second-factor";
    static final String RECOVERY_CODES_PAGE = "/admin/recovery-codes";
    private static final Pattern FOUR = Pattern.compile("(?<=\\G.{4})");

    @Inject
    private OperatorService operators;

    @Inject
    private SecondFactorCodes codes;

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

    private String code;

    /** Without a password step, back to the login form (or into the console, for one signed in already). */
    public void open() throws IOException {
        if (pending().isEmpty()) {
            backToLogin();
        }
    }

    /** Checks the code; signs the operator in, or says why not. */
    public void verify() throws IOException {
        String typed = code;
        code = null;
        Optional<OperatorSecondStep.Pending> pending = pending();
        if (pending.isEmpty()) {
            backToLogin();
            return;
        }
        if (!sourceLimit.admit(ThrottledAction.LOGIN)) {
            return;
        }
        HttpServletRequest request = request();
        OperatorSecondStep.Pending step = pending.get();
        String continueTo = LoginContinuation.target(step.continueTo(), "/admin/").orElse(AdminLoginBacking.LANDING);
        boolean enrols = step.step().enrols();
        boolean signedIn = login.logIn(new OperatorCodeCredential(step.step(), typed, clientAddress.of(request), locale.getLocale()),
                enrols ? null : continueTo, "/admin/", enrols ? RECOVERY_CODES_PAGE : AdminLoginBacking.LANDING, false, session -> {
                    session.setMaxInactiveInterval((int) AdminLoginBacking.IDLE_TIMEOUT.toSeconds());
                    OperatorSecondStep.end(session);
                    attempt.operator().ifPresent(done -> {
                        signedInOperator.signIn(done.operator());
                        if (!done.recoveryCodes().isEmpty()) {
                            OperatorSecondStep.showOnce(session, new OperatorSecondStep.RecoveryCodes(done.recoveryCodes(), continueTo));
                        }
                        done.recoveryCodesLeft().ifPresent(left -> {
                            Messages.info("adminSecondFactor.recoveryCodeUsed", left);
                            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                        });
                    });
                });
        if (signedIn) {
            return;
        }
        if (attempt.isSecondStepExpired()) {
            OperatorSecondStep.end(request.getSession());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/?secondStepExpired=true");
        } else {
            Messages.error(enrols ? "adminSecondFactor.wrongEnrolmentCode" : "adminSecondFactor.wrongCode");
        }
    }

    /** Whether this login enrols an authenticator app (the operator's first login with one). */
    public boolean isEnrolling() {
        return pending().map(p -> p.step().enrols()).orElse(false);
    }

    /** The enrolment QR code as inline SVG (drawn by the portal from ZXing's matrix; no user text in it). */
    public String getQrSvg() {
        return pending().flatMap(p -> p.step().enrolment())
                .map(secret -> codes.qrSvg(codes.enrolmentUri(secret, Messages.text("adminSecondFactor.issuer"), operatorLabel())))
                .orElse("");
    }

    /** The enrolment key in groups of four, as authenticator apps accept it typed. */
    public String getSecret() {
        return pending().flatMap(p -> p.step().enrolment())
                .map(secret -> FOUR.splitAsStream(secret).collect(Collectors.joining(" ")))
                .orElse("");
    }

    /** How the account is named in the app: the console, without the operator's address (the QR code may be seen). */
    private String operatorLabel() {
        return Messages.text("adminSecondFactor.accountLabel", pending().map(p -> p.step().operatorId()).orElse(0L));
    }

    private Optional<OperatorSecondStep.Pending> pending() {
        return OperatorSecondStep.pending(request());
    }

    private void backToLogin() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath()
                + (signedInOperator.isSignedIn() ? AdminLoginBacking.LANDING : "/admin/?secondStepExpired=true"));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
