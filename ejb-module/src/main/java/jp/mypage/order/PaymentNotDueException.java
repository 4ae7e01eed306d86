package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** 入金確認 of an order that is already paid or owes nothing. */
public class PaymentNotDueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentNotDueException() {
        super("The order is not unpaid");
    }

    @Override
    public String messageKey() {
        return "order.paymentNotDue";
    }
}
