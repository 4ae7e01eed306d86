package jp.mypage.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import jp.mypage.domain.order.SeatStatus;

/**
 * One seat on an order's page. {@code learnerId} null: not named yet. {@code changeable}: the
 * company may still name or rename it; {@code cancellable}: the buyer may still cancel it.
 */
public record SeatRow(long id, Long learnerId, String learnerName, String learnerEmail, SeatStatus status,
        Instant assignedAt, Instant accessEndsAt, BigDecimal charge, Integer feePercent, boolean changeable,
        boolean cancellable) implements Serializable {
}
