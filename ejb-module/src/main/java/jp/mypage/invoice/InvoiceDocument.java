package jp.mypage.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import jp.mypage.domain.training.Yen;

/**
 * A 請求書 (asking for payment by a due date) or a 領収書 (acknowledging a payment on a date) for one
 * order, addressed to a company (御中) or a person (様), in Japanese or English.
 * <p>
 * Its consumption tax follows the 適格請求書 rule: the lines are summed per tax rate and the tax of
 * each rate is computed once from that sum, rounded down to the yen. It is never the sum of the
 * lines' own rounded taxes.
 */
public record InvoiceDocument(
        Kind kind,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate paidDate,
        Issuer issuer,
        String recipientName,
        boolean recipientIsOrganization,
        List<InvoiceLine> lines,
        Locale locale) {

    /** Which document: its title, and whether it shows a due date and bank account or a payment. */
    public enum Kind {
        /** 請求書: asks for payment by {@link InvoiceDocument#dueDate()}. */
        INVOICE,
        /** 領収書: acknowledges the payment received on {@link InvoiceDocument#paidDate()}. */
        RECEIPT
    }

    public InvoiceDocument {
        Objects.requireNonNull(kind, "kind");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("A document needs a number");
        }
        Objects.requireNonNull(issueDate, "issueDate");
        if (kind == Kind.INVOICE && dueDate == null) {
            throw new IllegalArgumentException("An invoice needs a payment due date");
        }
        if (kind == Kind.RECEIPT && paidDate == null) {
            throw new IllegalArgumentException("A receipt needs the date of payment");
        }
        Objects.requireNonNull(issuer, "issuer");
        if (recipientName == null || recipientName.isBlank()) {
            throw new IllegalArgumentException("A document needs a recipient");
        }
        recipientName = recipientName.strip();
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A document needs at least one line");
        }
        Objects.requireNonNull(locale, "locale");
    }

    /** Per tax rate, highest rate first: the net sum of its lines and its tax, rounded down once. */
    public List<TaxTotal> taxTotals() {
        Map<Integer, BigDecimal> netPerRate = new TreeMap<>(Comparator.reverseOrder());
        for (InvoiceLine line : lines) {
            netPerRate.merge(line.taxRatePercent(), line.amount(), BigDecimal::add);
        }
        return netPerRate.entrySet().stream()
                .map(rate -> new TaxTotal(rate.getKey(), rate.getValue(), taxOn(rate.getValue(), rate.getKey())))
                .toList();
    }

    /** The total before tax. */
    public BigDecimal netTotal() {
        return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The consumption tax: the sum of the per-rate taxes. */
    public BigDecimal taxTotal() {
        return taxTotals().stream().map(TaxTotal::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 税込合計: the total before tax plus the consumption tax. */
    public BigDecimal grandTotal() {
        return netTotal().add(taxTotal());
    }

    private static BigDecimal taxOn(BigDecimal net, int ratePercent) {
        return Yen.taxOf(net, ratePercent);
    }
}
