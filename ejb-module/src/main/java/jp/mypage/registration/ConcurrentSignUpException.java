package jp.mypage.registration;

import jp.mypage.common.BusinessException;

/**
 * Another sign-up for the same type and address committed a moment earlier. The caller answers as
 * for any sign-up: the first one's owner got the confirmation mail.
 */
public class ConcurrentSignUpException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentSignUpException() {
        super("A concurrent sign-up for the same address won");
    }

    @Override
    public String messageKey() {
        return "signUp.completed";
    }
}
