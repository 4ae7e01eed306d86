package jp.mypage.operator;

import jp.mypage.common.BusinessException;

/**
 * The caller was stopped (停止) by another operator while this request was on its way: it changes
 * nothing (two operators stopping each other at the same moment leave one active).
 */
public class OperatorStoppedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OperatorStoppedException() {
        super("The calling operator is stopped");
    }

    @Override
    public String messageKey() {
        return "operators.callerStopped";
    }
}
