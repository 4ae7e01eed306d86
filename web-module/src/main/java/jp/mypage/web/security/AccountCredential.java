package jp.mypage.web.security;

import jakarta.security.enterprise.credential.Credential;
import jp.mypage.domain.account.AccountType;

/** What the login form submits: the 個人の方 / 法人の方 choice, the email address and the password. */
public record AccountCredential(AccountType type, String email, String password) implements Credential {

    @Override
    public String toString() {
        return "AccountCredential[" + type + ", " + email + "]";
    }
}
