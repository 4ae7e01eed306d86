package jp.mypage.web.admin;

import java.io.Serializable;
import jp.mypage.domain.training.CancellationTier;

/** One row of the cancellation-policy editor: from {@code daysBefore} days before the start on, {@code feePercent} %. */
public class TierRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer daysBefore;
    private Integer feePercent;

    public TierRow() {
    }

    TierRow(int daysBefore, int feePercent) {
        this.daysBefore = daysBefore;
        this.feePercent = feePercent;
    }

    boolean isBlank() {
        return daysBefore == null && feePercent == null;
    }

    boolean isComplete() {
        return daysBefore != null && feePercent != null;
    }

    /** @throws IllegalArgumentException when a value is out of range */
    CancellationTier tier() {
        return new CancellationTier(daysBefore, feePercent);
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(Integer daysBefore) {
        this.daysBefore = daysBefore;
    }

    public Integer getFeePercent() {
        return feePercent;
    }

    public void setFeePercent(Integer feePercent) {
        this.feePercent = feePercent;
    }
}
