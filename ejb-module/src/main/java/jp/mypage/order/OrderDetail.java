package jp.mypage.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentMethod;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.training.CourseView;

/** An order's page: what was bought, when, its seats, the amounts, payment, and what can still be done. */
public record OrderDetail(long id, String number, Instant orderedAt, long courseId, String courseTitle,
        DeliveryType delivery, Instant startsAt, Instant endsAt, String venue, Integer accessDays,
        BigDecimal unitPrice, int taxRate, BigDecimal net, BigDecimal tax, BigDecimal total, OrderStatus status,
        PaymentMethod paymentMethod, PaymentStatus payment, Instant paidAt, Instant cancelledAt, String cancelReason,
        String buyerName, String buyerEmail, boolean corporate, List<SeatRow> seats,
        List<CourseView.Tier> cancellationTiers, boolean cancellable) implements Serializable {

    public boolean isReceiptAvailable() {
        return payment == PaymentStatus.PAID;
    }

    public boolean isInvoiceAvailable() {
        return net.signum() > 0;
    }
}
