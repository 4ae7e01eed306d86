package jp.mypage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.token.TokenState;
import jp.mypage.token.InvalidTokenException;
import jp.mypage.verification.EmailVerificationService;
import jp.mypage.account.AccountTypeParameter;

/**
 * The page the confirmation mail links to, {@code /confirm?token=…}. Opening it only looks at the
 * link; the button completes 本登録. A link that cannot be used says why and offers a new one.
 */
@Named
@ViewScoped
public class ConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Stage { READY, CONFIRMED, INVALID }

    @Inject
    private EmailVerificationService verification;

    private String token;
    private Stage stage = Stage.INVALID;
    private TokenState invalidReason = TokenState.UNKNOWN;
    private AccountType accountType = AccountType.PERSONAL;

    /** The page's view action: inspects the link without using it. */
    public void inspect() {
        try {
            accountType = verification.inspect(token);
            stage = Stage.READY;
        } catch (InvalidTokenException e) {
            invalid(e);
        }
    }

    public void confirm() {
        try {
            accountType = verification.confirm(token);
            stage = Stage.CONFIRMED;
        } catch (InvalidTokenException e) {
            invalid(e);
        }
    }

    private void invalid(InvalidTokenException e) {
        stage = Stage.INVALID;
        invalidReason = e.state();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Stage getStage() {
        return stage;
    }

    public TokenState getInvalidReason() {
        return invalidReason;
    }

    public String getTypeParameter() {
        return AccountTypeParameter.format(accountType);
    }
}
