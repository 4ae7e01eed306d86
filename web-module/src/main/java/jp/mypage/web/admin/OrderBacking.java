package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.common.BusinessException;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.order.CancellationQuote;
import jp.mypage.order.OrderAdministration;
import jp.mypage.order.OrderDetail;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.DateTimes;
import jp.mypage.web.support.Money;

/**
 * One order of 申込管理, {@code /admin/order?id=}: what was bought, by whom, its seats, 入金確認
 * while it is unpaid, and キャンセル with a reason, the policy's fee shown before confirming, or
 * the fee waived. Named apart from the buyers' {@code orderBacking} of {@code /mypage/order}.
 */
@Named("adminOrderBacking")
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderAdministration administration;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Money money;

    private String id;
    private OrderDetail detail;
    private boolean waiveFee;
    private String reason;
    private CancellationQuote quote;

    /** The page's view action: an unknown or malformed id shows a message, not an error page. */
    public void load() {
        try {
            detail = administration.findOrder(Long.parseLong(String.valueOf(id).strip())).orElse(null);
        } catch (NumberFormatException e) {
            detail = null;
        }
        if (detail == null) {
            Messages.error("adminOrder.notFound");
        }
    }

    private void reload() {
        detail = administration.findOrder(detail.id()).orElse(detail);
    }

    /** 入金確認 (after the page's confirmation). */
    public void recordPayment() {
        try {
            administration.recordPayment(detail.id());
            Messages.info("adminOrder.paymentRecorded", detail.number());
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
        reload();
    }

    /** Opens キャンセル's dialog (the page shows it) with the fee the policy asks now. */
    public void prepareCancel() {
        waiveFee = false;
        reason = null;
        requote();
    }

    /** The dialog's キャンセル料を免除する changed: the fee shown follows. */
    public void requote() {
        try {
            quote = administration.cancellationQuote(detail.id(), waiveFee);
        } catch (BusinessException e) {
            quote = null;
            ConsoleRefusals.show(e);
        }
    }

    /** The dialog's キャンセルする. */
    public void cancelOrder() {
        try {
            CancellationQuote done = administration.cancelOrder(detail.id(), waiveFee, reason);
            Messages.info("adminOrder.cancelled", done.seats());
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
        quote = null;
        reload();
    }

    /** 開催日 of a live course, 受講期間 of 動画配信. */
    public String getSchedule() {
        return detail.delivery().hasSessions() ? dateTimes.period(detail.startsAt(), detail.endsAt())
                : Messages.text("adminOrders.accessDays", detail.accessDays());
    }

    /** What the cancellation costs: 「2名分のキャンセル料: 開催5日前のため 50%、11,000円（税込）」 or that it is waived. */
    public String getQuoteText() {
        if (quote == null) {
            return "";
        }
        if (waiveFee || quote.feePercent() == 0) {
            return Messages.text("adminOrder.quoteFree", quote.seats());
        }
        return Messages.text("adminOrder.quote", quote.seats(), quote.daysBefore(), quote.feePercent(), money.yen(quote.feeWithTax()));
    }

    public boolean isUnpaid() {
        return detail != null && detail.payment() == PaymentStatus.UNPAID;
    }

    public OrderDetail getDetail() {
        return detail;
    }

    public CancellationQuote getQuote() {
        return quote;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isWaiveFee() {
        return waiveFee;
    }

    public void setWaiveFee(boolean waiveFee) {
        this.waiveFee = waiveFee;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
