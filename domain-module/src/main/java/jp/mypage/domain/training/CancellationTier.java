package jp.mypage.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One step of a cancellation policy: from {@code daysBefore} days before the start on (that day
 * included), a cancellation costs {@code feePercent} of the price. 0 days is the day of the start.
 */
@Embeddable
public class CancellationTier implements Serializable, Comparable<CancellationTier> {

    private static final long serialVersionUID = 1L;
    public static final int DAYS_MAX = 365;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "fee_percent", nullable = false)
    private int feePercent;

    protected CancellationTier() {
        // for JPA
    }

    public CancellationTier(int daysBefore, int feePercent) {
        if (daysBefore < 0 || daysBefore > DAYS_MAX) {
            throw new IllegalArgumentException("Days before the start must be 0.." + DAYS_MAX);
        }
        if (feePercent < 0 || feePercent > 100) {
            throw new IllegalArgumentException("A fee is 0..100 %");
        }
        this.daysBefore = daysBefore;
        this.feePercent = feePercent;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public int getFeePercent() {
        return feePercent;
    }

    /** Nearest the start last: 8 days before comes before 3 days before. */
    @Override
    public int compareTo(CancellationTier other) {
        return Integer.compare(other.daysBefore, daysBefore);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CancellationTier tier && tier.daysBefore == daysBefore && tier.feePercent == feePercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(daysBefore, feePercent);
    }

    @Override
    public String toString() {
        return daysBefore + "d:" + feePercent + "%";
    }
}
