package jp.mypage.authentication;

import jakarta.ejb.ApplicationException;
import jp.mypage.common.BusinessException;

/**
 * The one answer to a refused login, whatever the reason: unknown address, wrong password, wrong
 * 個人/法人 choice, or a locked account. Not rolled back: the failure count must stay counted.
 */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super("Login refused");
    }

    @Override
    public String messageKey() {
        return "login.failed";
    }
}
