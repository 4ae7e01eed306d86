package jp.mypage.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.mypage.domain.account.AccountType;

/** The 個人の方 / 法人の方 choice, in the order the seed shows it. */
@Named
@ApplicationScoped
public class AccountTypeOptions {

    public List<AccountType> getAll() {
        return List.of(AccountType.PERSONAL, AccountType.CORPORATE);
    }
}
