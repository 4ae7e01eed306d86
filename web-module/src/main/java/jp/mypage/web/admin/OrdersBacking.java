package jp.mypage.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.order.OrderAdministration;
import jp.mypage.order.OrderQuery;
import jp.mypage.order.OrderRow;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.DateTimes;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 申込管理, {@code /admin/orders}: every order of every buyer, newest first, filtered by status,
 * payment status and free text (申込番号, 研修名, buyer) and paged in the database.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderAdministration administration;

    @Inject
    private DateTimes dateTimes;

    private OrderStatus status;
    private PaymentStatus payment;
    private String text;

    private final LazyDataModel<OrderRow> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return administration.countOrders(query());
        }

        @Override
        public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return administration.orders(query(), first, pageSize);
        }

        @Override
        public String getRowKey(OrderRow row) {
            return String.valueOf(row.id());
        }
    };

    private OrderQuery query() {
        return new OrderQuery(status, payment, text);
    }

    /** 検索: the filters apply from the first page. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":ordersForm:orders") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** 開催日 of a live course, 受講期間 of 動画配信. */
    public String schedule(OrderRow row) {
        return row.delivery().hasSessions() ? dateTimes.period(row.startsAt(), row.endsAt())
                : Messages.text("adminOrders.accessDays", row.accessDays());
    }

    public LazyDataModel<OrderRow> getOrders() {
        return orders;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public PaymentStatus[] getPayments() {
        return PaymentStatus.values();
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public PaymentStatus getPayment() {
        return payment;
    }

    public void setPayment(PaymentStatus payment) {
        this.payment = payment;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
