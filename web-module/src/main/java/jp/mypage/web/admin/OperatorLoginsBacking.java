package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mypage.operator.OperatorLoginRecord;
import jp.mypage.operator.OperatorService;

/**
 * ログイン記録, {@code /admin/logins}: the newest {@link #SHOWN} console logins whose password was
 * checked, newest first: when, the email typed, the operator, the client address, and the outcome.
 */
@Named
@ViewScoped
public class OperatorLoginsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 1000;

    @Inject
    private OperatorService operators;

    private List<OperatorLoginRecord> logins;

    /** Read once per view: the table pages through them without asking again. */
    public List<OperatorLoginRecord> getLogins() {
        if (logins == null) {
            logins = operators.logins(SHOWN);
        }
        return logins;
    }
}
