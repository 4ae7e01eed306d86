package jp.mypage.authentication;

import jakarta.ejb.ApplicationException;
import jp.mypage.common.BusinessException;

/**
 * The password is right but 本登録 is not complete. Only someone who knows the password learns
 * this, so the page can offer a new confirmation mail.
 */
@ApplicationException(rollback = false)
public class EmailNotConfirmedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmailNotConfirmedException() {
        super("Email not confirmed yet");
    }

    @Override
    public String messageKey() {
        return "login.notConfirmed";
    }
}
