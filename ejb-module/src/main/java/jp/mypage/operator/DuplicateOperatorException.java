package jp.mypage.operator;

import jp.mypage.common.BusinessException;

/** Another operator already signs in with this email address. */
public class DuplicateOperatorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateOperatorException() {
        super("An operator with this email address exists");
    }

    @Override
    public String messageKey() {
        return "operators.duplicateEmail";
    }
}
