package jp.mypage.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    @Test
    void theStandardPolicyIsFreeUntilEightDaysThenHalfThenAll() {
        CancellationPolicy policy = CancellationPolicy.standard();
        assertEquals(0, policy.feePercent(30), "a month before: free");
        assertEquals(0, policy.feePercent(8), "8 days before: free");
        assertEquals(50, policy.feePercent(7), "7 days before: 50 %");
        assertEquals(50, policy.feePercent(3), "3 days before: 50 %");
        assertEquals(100, policy.feePercent(2), "2 days before: 100 %");
        assertEquals(100, policy.feePercent(0), "the day itself: 100 %");
        assertEquals(100, policy.feePercent(-1), "after the start: 100 %");
    }

    @Test
    void noTiersMeansFreeBeforeTheStart() {
        assertEquals(0, new CancellationPolicy(List.of()).feePercent(0));
    }

    @Test
    void tiersAreSortedWhateverTheOrderTheyCameIn() {
        CancellationPolicy policy = new CancellationPolicy(List.of(new CancellationTier(2, 100), new CancellationTier(7, 50)));
        assertEquals(List.of(new CancellationTier(7, 50), new CancellationTier(2, 100)), policy.tiers());
    }

    @Test
    void refusesAFeeThatFallsAsTheStartComesNearer() {
        assertThrows(IllegalArgumentException.class,
                () -> new CancellationPolicy(List.of(new CancellationTier(7, 100), new CancellationTier(2, 50))));
    }

    @Test
    void refusesTwoTiersForOneDay() {
        assertThrows(IllegalArgumentException.class,
                () -> new CancellationPolicy(List.of(new CancellationTier(3, 50), new CancellationTier(3, 80))));
    }

    @Test
    void refusesAFeeOutsideZeroToHundredPercent() {
        assertThrows(IllegalArgumentException.class, () -> new CancellationTier(3, 101));
        assertThrows(IllegalArgumentException.class, () -> new CancellationTier(-1, 10));
    }

    @Test
    void taxIsRoundedDownOnceOnTheWholeAmount() {
        assertEquals(new BigDecimal("1000"), Yen.taxOf(new BigDecimal("10009"), 10));
        assertEquals(new BigDecimal("800"), Yen.taxOf(new BigDecimal("10009"), 8));
        assertEquals(new BigDecimal("11000"), Yen.withTax(new BigDecimal("10000"), 10));
        assertEquals(new BigDecimal("5000"), Yen.percentOf(new BigDecimal("10001"), 50));
    }

    @Test
    void yenHaveNoFractionAndAreNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> Yen.of(new BigDecimal("10.5")));
        assertThrows(IllegalArgumentException.class, () -> Yen.of(new BigDecimal("-1")));
        assertEquals(new BigDecimal("10"), Yen.of(new BigDecimal("10.00")));
    }
}
