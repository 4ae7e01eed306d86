package jp.mypage.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a new password must be: at least {@code PASSWORD_MIN_LENGTH} characters (12 unless
 * configured, never fewer than 8), at most {@value #MAX_LENGTH}, not on the common-password list and
 * not the account's email address. No composition rules: length beats complexity (NIST SP 800-63B).
 * Length counts characters as a person sees them, so a Japanese passphrase counts fairly.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MAX_LENGTH = 128;
    static final int LOWEST_MINIMUM = 8;

    private final int minLength;
    private final CommonPasswords commonPasswords;

    @Inject
    public PasswordPolicy(@ConfigProperty(name = "PASSWORD_MIN_LENGTH", defaultValue = "12") int minLength,
            CommonPasswords commonPasswords) {
        this.minLength = Math.max(LOWEST_MINIMUM, minLength);
        this.commonPasswords = commonPasswords;
    }

    protected PasswordPolicy() {
        // for CDI proxies
        this.minLength = 0;
        this.commonPasswords = null;
    }

    public int minLength() {
        return minLength;
    }

    /** The first rule the password breaks, if any. */
    public Optional<PasswordProblem> problemWith(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        if (commonPasswords.contains(password)) {
            return Optional.of(PasswordProblem.COMMON);
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.SAME_AS_EMAIL);
        }
        return Optional.empty();
    }

    /** @throws WeakPasswordException naming the first rule the password breaks */
    public void require(String password, String email) {
        problemWith(password, email).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
    }
}
