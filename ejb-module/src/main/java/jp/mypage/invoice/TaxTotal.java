package jp.mypage.invoice;

import java.math.BigDecimal;

/**
 * The consumption tax of one rate on one document: the sum of the lines' amounts before tax at
 * that rate, and the tax on that sum.
 */
public record TaxTotal(int taxRatePercent, BigDecimal net, BigDecimal tax) {
}
