package jp.mypage.order;

import java.io.Serializable;
import java.math.BigDecimal;

/** Shown before a cancellation is confirmed: how many seats, the policy's fee percentage and the fee with tax. */
public record CancellationQuote(int seats, long daysBefore, int feePercent, BigDecimal fee, BigDecimal feeWithTax)
        implements Serializable {
}
