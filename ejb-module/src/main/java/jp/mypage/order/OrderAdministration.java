package jp.mypage.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;

/**
 * 申込管理 for operators: every order, filtered and paged in the database; 入金確認; cancellation of
 * anything, with a reason, with the policy's fee or without it.
 */
@Stateless
@RolesAllowed("ADMIN")
public class OrderAdministration {

    static final int PAGE_MAX = 100;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Orders orders;

    @Inject
    private MailOutbox outbox;

    public List<OrderRow> orders(OrderQuery query, int first, int pageSize) {
        return orders.rows(all(query, "select o", " order by o.orderedAt desc, o.id desc", TrainingOrder.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultList());
    }

    public int countOrders(OrderQuery query) {
        return all(query, "select count(o)", "", Long.class).getSingleResult().intValue();
    }

    public Optional<OrderDetail> findOrder(long orderId) {
        return Optional.ofNullable(em.find(TrainingOrder.class, orderId)).map(o -> Orders.detail(o, clock.instant()));
    }

    /**
     * 入金確認: the order is paid; the buyer is mailed and can download the 領収書.
     *
     * @throws PaymentNotDueException when the order is not unpaid
     */
    public void recordPayment(long orderId) {
        TrainingOrder order = orders.locked(find(orderId));
        if (order.getPaymentStatus() != PaymentStatus.UNPAID) {
            throw new PaymentNotDueException();
        }
        order.recordPayment(context.getCallerPrincipal().getName(), clock.instant());
        Account buyer = order.getBuyer();
        outbox.queue(buyer, MailTemplate.PAYMENT_CONFIRMED, buyer.getProfile().getPersonName(), orders.orderLink(order),
                order.getNumber(), Orders.money(order.total()));
    }

    /** What an operator's cancellation of the whole order would cost the buyer now. */
    public CancellationQuote cancellationQuote(long orderId, boolean waiveFee) {
        TrainingOrder order = find(orderId);
        Instant now = clock.instant();
        return Orders.quote(order, active(order), now, waiveFee);
    }

    /** Cancels every active seat of the order, with the reason; the buyer and the learners are mailed. */
    public CancellationQuote cancelOrder(long orderId, boolean waiveFee, String reason) {
        TrainingOrder order = orders.locked(find(orderId));
        order.getSeats().forEach(em::refresh);
        List<jp.mypage.domain.order.Seat> seats = active(order);
        if (seats.isEmpty()) {
            throw new NotCancellableException();
        }
        return orders.cancel(order, seats, context.getCallerPrincipal().getName(), clock.instant(), waiveFee, reason);
    }

    private static List<jp.mypage.domain.order.Seat> active(TrainingOrder order) {
        return order.getSeats().stream().filter(jp.mypage.domain.order.Seat::isActive).toList();
    }

    private TrainingOrder find(long orderId) {
        return Optional.ofNullable(em.find(TrainingOrder.class, orderId)).orElseThrow(OrderNotFoundException::new);
    }

    private <T> TypedQuery<T> all(OrderQuery query, String select, String order, Class<T> type) {
        return orders.matching(query, null, select, order, type);
    }
}
