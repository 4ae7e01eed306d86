package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** The seat can no longer change: it was used, the session started, or it is cancelled. */
public class SeatNotChangeableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeatNotChangeableException() {
        super("The seat can no longer change: it was used, the session started, or it is cancelled");
    }

    @Override
    public String messageKey() {
        return "order.seatNotChangeable";
    }
}
