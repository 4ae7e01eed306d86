package jp.mypage.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import jp.mypage.domain.order.PaymentMethod;

/**
 * 請求書払い: nothing is charged when the order is placed. The buyer downloads the 適格請求書 from the
 * order's page and pays by bank transfer; an operator records 入金確認 in 申込管理.
 */
@ApplicationScoped
public class InvoicePayment implements PaymentGateway {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.INVOICE;
    }

    @Override
    public void orderPlaced(long orderId, String orderNumber, BigDecimal total) {
        // The invoice is the order itself: nothing to start.
    }
}
