package jp.mypage.training;

import java.io.Serializable;
import java.math.BigDecimal;
import jp.mypage.domain.training.DeliveryType;

/** One row of 研修一覧 or 研修管理: a course with its price (税抜 and 税込) and how many sessions are still ahead. */
public record CourseSummary(long id, String code, String title, DeliveryType delivery, BigDecimal price,
        BigDecimal priceWithTax, int taxRate, Integer accessDays, boolean published, long upcomingSessions)
        implements Serializable {
}
