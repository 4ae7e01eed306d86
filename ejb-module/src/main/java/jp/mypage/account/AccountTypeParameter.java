package jp.mypage.account;

import java.util.Locale;
import jp.mypage.domain.account.AccountType;

/**
 * The account type as URLs write it ({@code ?type=personal}, {@code ?type=corporate}): in mailed
 * links and in the pages that read them.
 */
public final class AccountTypeParameter {

    private AccountTypeParameter() {
    }

    /** Personal unless the parameter names the corporate type. */
    public static AccountType parse(String parameter) {
        return "corporate".equalsIgnoreCase(parameter) ? AccountType.CORPORATE : AccountType.PERSONAL;
    }

    public static String format(AccountType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
