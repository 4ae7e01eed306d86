package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** An application names no learner and no seat to name later. */
public class NoSeatsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoSeatsException() {
        super("An application names no learner and no seat to name later");
    }

    @Override
    public String messageKey() {
        return "order.noSeats";
    }
}
