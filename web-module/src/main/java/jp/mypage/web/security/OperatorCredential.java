package jp.mypage.web.security;

import jakarta.security.enterprise.credential.Credential;

/** What the operators' login form ({@code /admin/}) submits. */
public record OperatorCredential(String email, String password) implements Credential {

    @Override
    public String toString() {
        return "OperatorCredential[" + email + "]";
    }
}
