package jp.mypage.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.domain.training.Yen;
import jp.mypage.invoice.InvoiceDocument;
import jp.mypage.invoice.InvoiceLine;
import jp.mypage.invoice.InvoicePdf;
import jp.mypage.invoice.InvoiceSettings;
import jp.mypage.training.Catalogue;

/**
 * The 請求書 and the 領収書 of the caller's own order as PDF. The invoice lists the active seats at
 * the unit price and the cancellation fees, with the training's date in the line (取引年月日); the
 * receipt exists once an operator recorded 入金確認.
 */
@Stateless
@RolesAllowed({"PERSONAL", "CORPORATE"})
public class OrderDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Catalogue.JAPAN);

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Orders orders;

    @Inject
    private InvoiceSettings settings;

    @Inject
    private InvoicePdf pdf;

    /**
     * @throws OrderNotFoundException unless it is the caller's order, and for a receipt a paid one,
     *     and for an invoice one that charges something
     */
    public byte[] document(long orderId, InvoiceDocument.Kind kind, Locale locale) {
        Account me = accounts.caller(context.getCallerPrincipal());
        TrainingOrder order = orders.ofBuyer(orderId, me).orElseThrow(OrderNotFoundException::new);
        boolean receipt = kind == InvoiceDocument.Kind.RECEIPT;
        if (receipt ? order.getPaymentStatus() != PaymentStatus.PAID : order.getNetAmount().signum() == 0) {
            throw new OrderNotFoundException();
        }
        LocalDate ordered = LocalDate.ofInstant(order.getOrderedAt(), Catalogue.JAPAN);
        LocalDate paid = order.getPaidAt().map(at -> LocalDate.ofInstant(at, Catalogue.JAPAN)).orElse(null);
        Account buyer = order.getBuyer();
        boolean organization = buyer.getType() == AccountType.CORPORATE;
        return pdf.render(new InvoiceDocument(kind, order.getNumber(), receipt ? paid : ordered,
                receipt ? null : settings.dueDate(ordered), receipt ? paid : null, settings.issuer(),
                Orders.buyerName(buyer), organization, lines(order, locale), locale));
    }

    private static List<InvoiceLine> lines(TrainingOrder order, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String when = order.getSession().map(s -> DAY.format(s.getStartsAt()))
                .orElseGet(() -> (english ? "access " : "受講期間 ") + order.getAccessDays().orElse(0) + (english ? " days" : "日間"));
        List<InvoiceLine> lines = new ArrayList<>();
        long active = order.activeSeats();
        if (active > 0) {
            lines.add(new InvoiceLine(order.getCourseTitle() + "（" + when + "）", (int) active, order.getUnitPrice(),
                    order.getTaxRate()));
        }
        Map<Integer, Integer> fees = new TreeMap<>();
        for (Seat seat : order.getSeats()) {
            if (seat.getStatus() == SeatStatus.CANCELLED && seat.getCharge().signum() > 0) {
                fees.merge(seat.getFeePercent().orElse(0), 1, Integer::sum);
            }
        }
        fees.forEach((percent, count) -> lines.add(new InvoiceLine(
                (english ? "Cancellation fee " : "キャンセル料 ") + percent + "%: " + order.getCourseTitle() + "（" + when + "）",
                count, Yen.percentOf(order.getUnitPrice(), percent), order.getTaxRate())));
        return lines;
    }

}
