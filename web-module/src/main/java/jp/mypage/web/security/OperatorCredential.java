package jp.mypage.web.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Locale;

/**
 * What the operators' login form ({@code /admin/}) submits, with the client's address and the
 * console's language (kept with the login: ログイン記録, and the operator's mail language).
 */
public record OperatorCredential(String email, String password, String source, Locale language) implements Credential {

    @Override
    public String toString() {
        return "OperatorCredential[" + email + "]";
    }
}
