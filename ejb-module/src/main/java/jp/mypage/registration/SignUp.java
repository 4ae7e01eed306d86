package jp.mypage.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.profile.EmailFormat;
import jp.mypage.profile.ProfileForm;
import jp.mypage.profile.Text;

/**
 * What a sign-up form submits: the email address (the login ID), the password, consent to the
 * 受講規約, and the profile of the account type. The constraints are the form's field checks and
 * the service's parameter checks alike.
 */
public class SignUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
    @EmailFormat
    private String email;

    @NotBlank(message = "{validation.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
    private String password;

    @AssertTrue(message = "{signUp.termsRequired}")
    private boolean termsAccepted;

    @Valid
    @NotNull
    private final ProfileForm profile;

    public SignUp(AccountType type) {
        this.profile = ProfileForm.empty(Objects.requireNonNull(type));
    }

    public AccountType accountType() {
        return profile.accountType();
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.normalise(email);
    }

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
