package jp.mypage.authentication;

import java.io.Serializable;
import java.util.Locale;
import jp.mypage.domain.account.AccountType;

/** Who logged in: what the session keeps about the account holder. */
public record AuthenticatedAccount(long id, AccountType type, String email, String displayName, Locale locale)
        implements Serializable {
}
