package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** More seats than one order holds. */
public class TooManySeatsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManySeatsException() {
        super("More seats than one order holds");
    }

    @Override
    public String messageKey() {
        return "order.tooManySeats";
    }
}
