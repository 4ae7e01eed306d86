package jp.mypage.domain.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A course's キャンセル規定: the fee of a cancellation by how many days before the start it is made.
 * Before the earliest tier it is free; the tiers' fees never fall as the start comes nearer.
 */
public final class CancellationPolicy {

    public static final int TIERS_MAX = 10;

    private final List<CancellationTier> tiers;

    public CancellationPolicy(Collection<CancellationTier> tiers) {
        List<CancellationTier> sorted = new ArrayList<>(tiers);
        sorted.sort(null);
        if (sorted.size() > TIERS_MAX) {
            throw new IllegalArgumentException("At most " + TIERS_MAX + " tiers");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getDaysBefore() == sorted.get(i - 1).getDaysBefore()) {
                throw new IllegalArgumentException("Two tiers for " + sorted.get(i).getDaysBefore() + " days");
            }
            if (sorted.get(i).getFeePercent() < sorted.get(i - 1).getFeePercent()) {
                throw new IllegalArgumentException("A fee falls as the start comes nearer");
            }
        }
        this.tiers = List.copyOf(sorted);
    }

    /** The usual policy of a live course: free until 8 days before, 50 % from 7 days, 100 % from 2 days. */
    public static CancellationPolicy standard() {
        return new CancellationPolicy(List.of(new CancellationTier(7, 50), new CancellationTier(2, 100)));
    }

    /** The fee percentage of a cancellation made this many days before the start (negative: after it). */
    public int feePercent(long daysBefore) {
        int fee = 0;
        for (CancellationTier tier : tiers) {
            if (daysBefore <= tier.getDaysBefore()) {
                fee = tier.getFeePercent();
            }
        }
        return daysBefore < 0 ? 100 : fee;
    }

    /** Earliest first. */
    public List<CancellationTier> tiers() {
        return tiers;
    }
}
