package jp.mypage.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import jp.mypage.authentication.AuthenticatedAccount;
import jp.mypage.domain.account.AccountType;

/** The account holder signed in to this session, for the pages' header and navigation. */
@Named
@SessionScoped
public class SignedInAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private AuthenticatedAccount account;

    public void signIn(AuthenticatedAccount authenticated) {
        this.account = authenticated;
    }

    public Optional<AuthenticatedAccount> account() {
        return Optional.ofNullable(account);
    }

    public boolean isSignedIn() {
        return account != null;
    }

    public boolean isCorporate() {
        return account != null && account.type() == AccountType.CORPORATE;
    }

    public String getDisplayName() {
        return account == null ? "" : account.displayName();
    }
}
