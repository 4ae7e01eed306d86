package jp.mypage.settings;

import jakarta.ejb.ApplicationException;
import jp.mypage.common.BusinessException;

/**
 * The current password given to authorise a password change is not the account's, or the account
 * is locked. Not rolled back: the failure counts toward the login lock.
 */
@ApplicationException(rollback = false)
public class WrongPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("Current password does not match");
    }

    @Override
    public String messageKey() {
        return "settings.currentPasswordWrong";
    }
}
