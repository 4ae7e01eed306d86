package jp.mypage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.AccountCredential;
import jp.mypage.web.security.FormLogin;
import jp.mypage.web.security.LoginAttempt;
import jp.mypage.web.security.SignedInAccount;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.support.SourceLimit;

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
    private FormLogin login;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private SignedInAccount signedInAccount;

    @Inject
    private SourceLimit sourceLimit;

    private String password;
    private boolean emailNotConfirmed;
    private String continueTo;

    public void login() throws IOException {
        if (!sourceLimit.admit(ThrottledAction.LOGIN)) {
            password = null;
            return;
        }
        boolean signedIn = login.logIn(new AccountCredential(getType(), getEmail(), password), continueTo, "/mypage/",
                LANDING, session -> attempt.account().ifPresent(signedInAccount::signIn));
        password = null;
        if (!signedIn && attempt.isBusy()) {
            sourceLimit.refuse();
        } else if (!signedIn) {
            emailNotConfirmed = attempt.isEmailNotConfirmed();
            Messages.error(emailNotConfirmed ? "login.notConfirmed" : attempt.refusalKey().orElse("login.failed"));
        }
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
