package jp.mypage.domain.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Amounts in yen as {@link BigDecimal} with no fraction, and the consumption tax on them: the tax of
 * an amount at a rate is rounded down (切り捨て) once, on the amount as a whole.
 */
public final class Yen {

    /** The largest price the catalogue takes (税抜), well inside NUMERIC(12,0). */
    public static final BigDecimal PRICE_MAX = new BigDecimal("100000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Yen() {
    }

    /** The amount as whole yen; refuses fractions and negative amounts. */
    public static BigDecimal of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A negative amount: " + amount);
        }
        try {
            return amount.setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Yen have no fraction: " + amount, e);
        }
    }

    /** The consumption tax on a net amount, rounded down. */
    public static BigDecimal taxOf(BigDecimal net, int ratePercent) {
        return net.multiply(BigDecimal.valueOf(ratePercent)).divide(HUNDRED, 0, RoundingMode.DOWN);
    }

    /** A percentage of an amount, rounded down (a cancellation fee). */
    public static BigDecimal percentOf(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 0, RoundingMode.DOWN);
    }

    /** The net amount with its tax. */
    public static BigDecimal withTax(BigDecimal net, int ratePercent) {
        return net.add(taxOf(net, ratePercent));
    }
}
