package jp.mypage.common;

import jakarta.ejb.ApplicationException;

/**
 * An expected outcome a use case reports instead of its normal result (a duplicate, an expired
 * link, a wrong password). The caller shows the message whose bundle key {@link #messageKey()}
 * names; the transaction is rolled back unless a subclass says otherwise.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** The bundle key of the message shown to the user. */
    public abstract String messageKey();

    /** The message's arguments ({0}, {1} …); none unless a subclass says what went wrong with what. */
    public Object[] messageArguments() {
        return new Object[0];
    }
}
