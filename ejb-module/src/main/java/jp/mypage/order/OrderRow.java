package jp.mypage.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.domain.training.DeliveryType;

/**
 * One row of お申込み履歴一覧 or 申込管理. {@code learnerNames}: the named learners of the active seats
 * (a company's order), {@code unassigned}: active seats still to name. {@code buyerName}: the
 * company or the learner who bought it.
 */
public record OrderRow(long id, String number, Instant orderedAt, String courseTitle, DeliveryType delivery,
        Instant startsAt, Instant endsAt, Integer accessDays, int seats, List<String> learnerNames, int unassigned,
        BigDecimal total, PaymentStatus payment, OrderStatus status, String buyerName) implements Serializable {
}
