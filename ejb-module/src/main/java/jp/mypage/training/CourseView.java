package jp.mypage.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import jp.mypage.domain.training.DeliveryType;

/** A course's page: what it is, its price, its キャンセル規定 and its sessions (upcoming ones for learners, all for operators). */
public record CourseView(long id, long version, String code, String title, String description, DeliveryType delivery,
        BigDecimal price, int taxRate, BigDecimal priceWithTax, Integer accessDays, boolean published,
        List<Tier> cancellationTiers, List<SessionView> sessions) implements Serializable {

    /** From {@code daysBefore} days before the start on, {@code feePercent} of the price. */
    public record Tier(int daysBefore, int feePercent) implements Serializable {
    }

    public boolean isLive() {
        return delivery.hasSessions();
    }
}
