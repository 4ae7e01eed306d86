package jp.mypage.web.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Locale;
import jp.mypage.operator.PasswordStep;

/**
 * What the second step of the operators' login ({@code /admin/second-factor}) submits: the step the
 * password passed, the code typed (the authenticator app's, or a recovery code), the client's address
 * and the console's language (kept with the login: ログイン記録, and the operator's mail language).
 */
public record OperatorCodeCredential(PasswordStep step, String code, String source, Locale language) implements Credential {

    @Override
    public String toString() {
        return "OperatorCodeCredential[" + step + "]";
    }
}
