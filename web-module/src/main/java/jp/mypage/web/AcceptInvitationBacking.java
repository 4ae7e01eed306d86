package jp.mypage.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.account.AccountTypeParameter;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.token.TokenState;
import jp.mypage.invitation.InvitationAcceptance;
import jp.mypage.invitation.InvitationService;
import jp.mypage.invitation.Invitee;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.password.WeakPasswordException;
import jp.mypage.token.InvalidTokenException;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.CompleteForm;

/**
 * {@code /accept-invitation?token=…}, the page the invitation mail links to: shows whom an operator
 * invited, and the invitee chooses a password and consents to the 受講規約. Opening the page only
 * looks at the link; the button uses it. A link that cannot be used says why.
 */
@Named
@ViewScoped
public class AcceptInvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Stage { READY, DONE, INVALID }

    @Inject
    private CompleteForm completeForm;

    @Inject
    private InvitationService invitations;

    @Inject
    private PasswordPolicy passwordPolicy;

    private String token;
    private Stage stage = Stage.INVALID;
    private TokenState invalidReason = TokenState.UNKNOWN;
    private Invitee invitee;
    private AccountType accountType = AccountType.PERSONAL;
    private final InvitationAcceptance acceptance = new InvitationAcceptance();
    private String passwordConfirmation;

    /** The page's view action: inspects the link without using it. */
    public void inspect() {
        try {
            invitee = invitations.inspectInvitation(token);
            accountType = invitee.type();
            stage = Stage.READY;
        } catch (InvalidTokenException e) {
            invalid(e);
        }
    }

    public void accept() {
        if (!completeForm.check(acceptance)) {
            return;
        }
        try {
            accountType = invitations.acceptInvitation(token, acceptance);
            stage = Stage.DONE;
        } catch (InvalidTokenException e) {
            invalid(e);
        } catch (WeakPasswordException e) {
            Messages.error(e.messageKey(), passwordPolicy.minLength(), PasswordPolicy.MAX_LENGTH);
        } finally {
            acceptance.setPassword(null);
            passwordConfirmation = null;
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

    /** Whom the link invites; shown while the stage is READY. */
    public Invitee getInvitee() {
        return invitee;
    }

    /** The login page's {@code ?type=}, so it preselects 個人の方 or 法人の方. */
    public String getTypeParameter() {
        return AccountTypeParameter.format(accountType);
    }

    public InvitationAcceptance getAcceptance() {
        return acceptance;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
