package jp.mypage.payment;

import java.math.BigDecimal;
import jp.mypage.domain.order.PaymentMethod;

/**
 * The port to a way of paying. The order side calls it when an order is placed, in the order's
 * transaction; a gateway that charges a card would start the charge here and report the result
 * back through the order side's 入金確認. Two implementations are expected (the invoice now, a
 * gateway later), hence the interface.
 */
public interface PaymentGateway {

    PaymentMethod method();

    /** An order to be paid this way was placed: {@code total} is tax included. */
    void orderPlaced(long orderId, String orderNumber, BigDecimal total);
}
