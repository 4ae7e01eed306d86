package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.order.OrderQuery;
import jp.mypage.order.OrderRow;
import jp.mypage.order.OrderService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * お申込み履歴一覧, {@code /mypage/applications}: where a login lands. The caller's orders, newest
 * first, filtered and paged in the database; a company also exports what the list shows as CSV.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    private OrderStatus status;
    private PaymentStatus payment;
    private String search;
    private OrderQuery query = OrderQuery.all();

    private final LazyDataModel<OrderRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return orders.countMyOrders(query);
        }

        @Override
        public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return orders.myOrders(query, first, pageSize);
        }

        @Override
        public String getRowKey(OrderRow row) {
            return String.valueOf(row.id());
        }
    };

    /** 検索: the list shows the first page of what matches. */
    public void applyFilter() {
        query = new OrderQuery(status, payment, search);
    }

    /** The CSV export of what the list shows. */
    public String getExportQuery() {
        return "status=" + (query.status() == null ? "" : query.status().name())
                + "&payment=" + (query.payment() == null ? "" : query.payment().name())
                + "&q=" + URLEncoder.encode(query.search() == null ? "" : query.search(), StandardCharsets.UTF_8);
    }

    public LazyDataModel<OrderRow> getRows() {
        return rows;
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

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
