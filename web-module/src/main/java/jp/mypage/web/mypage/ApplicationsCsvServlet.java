package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.mypage.csv.CsvExport;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.order.OrderQuery;
import jp.mypage.order.OrderRow;
import jp.mypage.order.OrderService;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.DateTimes;
import jp.mypage.web.support.Money;

/**
 * お申込み履歴一覧 as CSV for a company ({@code ?status=&payment=&q=}, as the page filters): one line per
 * order with its learners. Only the caller's own orders: the service bounds the query.
 */
@WebServlet("/mypage/applications.csv")
public class ApplicationsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OrderQuery query = new OrderQuery(parse(request.getParameter("status"), OrderStatus::valueOf),
                parse(request.getParameter("payment"), PaymentStatus::valueOf), request.getParameter("q"));
        List<OrderRow> rows;
        try {
            rows = orders.exportMyOrders(query);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale language = locale.getLocale();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.csv\"; filename*=UTF-8''"
                + URLEncoder.encode(Messages.text(language, "applications.title"), StandardCharsets.UTF_8) + ".csv");
        response.setHeader("Cache-Control", "no-store");
        List<String> header = List.of("order.number", "applications.orderedAt", "applications.training", "training.delivery",
                "order.schedule", "applications.seats", "order.learners", "order.unassigned", "order.total",
                "applications.payment", "applications.status").stream().map(key -> Messages.text(language, key)).toList();
        CsvExport.write(response.getOutputStream(), header, rows.stream().map(row -> List.of(row.number(),
                dateTimes.date(row.orderedAt()), row.courseTitle(), Messages.text(language, "delivery." + row.delivery()),
                row.startsAt() == null ? Messages.text(language, "training.accessDays", row.accessDays())
                        : dateTimes.period(row.startsAt(), row.endsAt()),
                String.valueOf(row.seats()), String.join(" / ", row.learnerNames()), String.valueOf(row.unassigned()),
                Money.yen(language, row.total()), Messages.text(language, "paymentStatus." + row.payment()),
                Messages.text(language, "orderStatus." + row.status()))).toList());
    }

    private static <E extends Enum<E>> E parse(String value, Function<String, E> valueOf) {
        try {
            return value == null || value.isBlank() ? null : valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
