package jp.mypage.web.signup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mypage.domain.account.AccountType;

/** 新規登録(個人), {@code /signup/personal}. */
@Named
@ViewScoped
public class PersonalBacking extends SignUpBacking {

    private static final long serialVersionUID = 1L;

    @Override
    protected AccountType accountType() {
        return AccountType.PERSONAL;
    }
}
