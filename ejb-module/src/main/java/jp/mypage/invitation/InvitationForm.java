package jp.mypage.invitation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.profile.EmailFormat;
import jp.mypage.profile.ProfileForm;
import jp.mypage.profile.Text;

/**
 * What an operator fills in to invite one account: the email address (the login ID), the language
 * of the invitee's mails, and the profile of the account type with the sign-up form's constraints.
 * Each row of an account list (CSV) becomes one of these too. The type is fixed at construction,
 * as the profile fields depend on it.
 */
public class InvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages mails are written in; the first is the default. */
    public static final List<String> LANGUAGES = List.of("ja", "en");

    @NotBlank(message = "{validation.required}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
    @EmailFormat
    private String email;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "ja|en", message = "{validation.language}")
    private String language = LANGUAGES.get(0);

    @Valid
    @NotNull
    private final ProfileForm profile;

    public InvitationForm(AccountType type) {
        this.profile = ProfileForm.empty(Objects.requireNonNull(type));
    }

    public AccountType accountType() {
        return profile.accountType();
    }

    /** The language of the invitee's mails. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
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

    public String getLanguage() {
        return language;
    }

    /** {@code ja} or {@code en}, in any letter case. */
    public void setLanguage(String language) {
        String normalised = Text.normalise(language);
        this.language = normalised == null ? null : normalised.toLowerCase(Locale.ROOT);
    }
}
