package jp.mypage.web.signup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mypage.domain.account.AccountType;

/** 新規登録(法人), {@code /signup/corporate}. */
@Named
@ViewScoped
public class CorporateBacking extends SignUpBacking {

    private static final long serialVersionUID = 1L;

    @Override
    protected AccountType accountType() {
        return AccountType.CORPORATE;
    }
}
