package jp.mypage.invoice;

import java.math.BigDecimal;

/** Amounts of money in whole yen: {@code BigDecimal}s of scale 0. */
final class Yen {

    private Yen() {
    }

    /** The amount with scale 0; refuses fractions of a yen. */
    static BigDecimal of(BigDecimal amount) {
        try {
            return amount.setScale(0);
        } catch (ArithmeticException fraction) {
            throw new IllegalArgumentException("Amounts are whole yen: " + amount.toPlainString(), fraction);
        }
    }
}
