package jp.mypage.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.web.i18n.Messages;

/** The hint under a new-password field, with the configured minimum length. */
@Named
@RequestScoped
public class PasswordHint {

    @Inject
    private PasswordPolicy policy;

    public String getText() {
        return Messages.text("field.password.hint", policy.minLength(), PasswordPolicy.MAX_LENGTH);
    }
}
