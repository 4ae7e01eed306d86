package jp.mypage.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.training.CourseView;

/** 確認画面: what, when, for whom, 人数 × 単価, the tax and the total, and the キャンセル規定 that will apply. */
public record OrderQuote(String courseTitle, DeliveryType delivery, Instant startsAt, Instant endsAt, String venue,
        Integer accessDays, List<String> learnerNames, int unassignedSeats, int seats, BigDecimal unitPrice,
        int taxRate, BigDecimal net, BigDecimal tax, BigDecimal total, List<CourseView.Tier> cancellationTiers)
        implements Serializable {
}
