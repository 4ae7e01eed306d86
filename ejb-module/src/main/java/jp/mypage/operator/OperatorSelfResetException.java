package jp.mypage.operator;

import jp.mypage.common.BusinessException;

/**
 * An operator asked to reset their own 2段階認証: their recovery codes sign them in without the
 * app, and another operator resets it for them.
 */
public class OperatorSelfResetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OperatorSelfResetException() {
        super("An operator does not reset their own second factor");
    }

    @Override
    public String messageKey() {
        return "operators.cannotResetSelf";
    }
}
