package jp.mypage.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import jp.mypage.domain.training.Yen;

/**
 * One line of a 請求書 or 領収書: what was bought, how many, the unit price before tax in whole yen,
 * and the consumption tax rate that applies to it (10, or 8 for reduced-rate items).
 */
public record InvoiceLine(String description, int quantity, BigDecimal unitPrice, int taxRatePercent) {

    public InvoiceLine {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("An invoice line needs a description");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("An invoice line's quantity must be at least 1: " + quantity);
        }
        unitPrice = Yen.of(Objects.requireNonNull(unitPrice, "unitPrice"));
        if (taxRatePercent < 0 || taxRatePercent > 100) {
            throw new IllegalArgumentException("A tax rate is a percentage from 0 to 100: " + taxRatePercent);
        }
    }

    /** The line's amount before tax: unit price × quantity. */
    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
