package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** The order or seat is not one of the caller's, or does not exist. */
public class OrderNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException() {
        super("The order or seat is not one of the caller's, or does not exist");
    }

    @Override
    public String messageKey() {
        return "order.notFound";
    }
}
