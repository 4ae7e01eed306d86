package jp.mypage.operator;

import jp.mypage.common.BusinessException;

/** An operator asked to stop themself: another operator stops them, so one active operator remains. */
public class OperatorSelfStopException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OperatorSelfStopException() {
        super("An operator does not stop themself");
    }

    @Override
    public String messageKey() {
        return "operators.cannotStopSelf";
    }
}
