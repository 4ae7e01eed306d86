package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** Nothing of the order can be cancelled now. */
public class NotCancellableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotCancellableException() {
        super("Nothing of the order can be cancelled now");
    }

    @Override
    public String messageKey() {
        return "order.notCancellable";
    }
}
