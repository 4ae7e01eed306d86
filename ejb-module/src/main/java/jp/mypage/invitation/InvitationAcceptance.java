package jp.mypage.invitation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import jp.mypage.password.PasswordPolicy;

/**
 * What the invitee submits on the invitation page: the password they choose and their consent to
 * the 受講規約, which an operator cannot give for them.
 */
public class InvitationAcceptance implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
    private String password;

    @AssertTrue(message = "{signUp.termsRequired}")
    private boolean termsAccepted;

    public String getPassword() {
        return password;
    }

    /** Passwords are taken as typed: no trimming, no normalisation. */
    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }
}
