package jp.mypage.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.SessionStatus;
import jp.mypage.domain.training.Yen;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.MailText;
import jp.mypage.mail.PortalLinks;
import jp.mypage.training.Catalogue;
import jp.mypage.training.CourseView;

/**
 * What the order use cases share: the rules of when a seat may still change or be cancelled and
 * what it costs, the capacity counter of a session (each change one conditional UPDATE), the
 * records for pages, and the mails' texts.
 */
@ApplicationScoped
class Orders {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Catalogue.JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Catalogue.JAPAN);
    static final int NAMES_PER_ROW = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /**
     * Takes {@code seats} of the session's capacity, or nothing: one UPDATE that succeeds only while
     * enough seats are left, so concurrent applications never take more than the capacity.
     *
     * @throws SessionFullException when fewer are left
     */
    void takeSeats(CourseSession session, int seats) {
        int updated = em.createQuery("update CourseSession s set s.seatsTaken = s.seatsTaken + :n where s.id = :id"
                        + " and s.status = :scheduled and s.seatsTaken + :n <= s.capacity")
                .setParameter("n", seats).setParameter("id", session.getId())
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .executeUpdate();
        if (updated != 1) {
            throw new SessionFullException();
        }
    }

    /** Gives back seats of a session's capacity (a cancellation). */
    void releaseSeats(CourseSession session, int seats) {
        em.createQuery("update CourseSession s set s.seatsTaken = s.seatsTaken - :n where s.id = :id and s.seatsTaken >= :n")
                .setParameter("n", seats).setParameter("id", session.getId())
                .executeUpdate();
    }

    /**
     * Orders that match the query, of one buyer (an account holder's list) or of everyone (null:
     * 申込管理, where the text also finds the buyer's name, company and email), as {@code select} asks.
     */
    <T> TypedQuery<T> matching(OrderQuery query, Account buyer, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from TrainingOrder o join o.buyer b where ")
                .append(buyer == null ? "o.id is not null" : "o.buyer = :buyer");
        if (query.status() != null) {
            jpql.append(" and o.status = :status");
        }
        if (query.payment() != null) {
            jpql.append(" and o.paymentStatus = :payment");
        }
        if (query.hasSearch()) {
            jpql.append(" and (lower(o.number) like :pattern escape '\\' or lower(o.courseTitle) like :pattern escape '\\'");
            if (buyer == null) {
                jpql.append(" or lower(b.profile.personName) like :pattern escape '\\'"
                        + " or lower(b.profile.organizationName) like :pattern escape '\\' or lower(b.email) like :pattern escape '\\'");
            }
            jpql.append(")");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (buyer != null) {
            q.setParameter("buyer", buyer);
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.payment() != null) {
            q.setParameter("payment", query.payment());
        }
        if (query.hasSearch()) {
            q.setParameter("pattern", query.likePattern());
        }
        return q;
    }

    Optional<TrainingOrder> ofBuyer(long orderId, Account buyer) {
        return em.createQuery("select o from TrainingOrder o where o.id = :id and o.buyer = :buyer", TrainingOrder.class)
                .setParameter("id", orderId).setParameter("buyer", buyer)
                .getResultStream().findFirst();
    }

    /** The order, locked: seat changes of one order happen one after the other. */
    TrainingOrder locked(TrainingOrder order) {
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        return order;
    }

    /** Days from today to the session's first day, in Japan (0: the day itself; negative: after). */
    static long daysBefore(TrainingOrder order, Instant now) {
        return order.getSession().map(s -> ChronoUnit.DAYS.between(LocalDate.ofInstant(now, Catalogue.JAPAN),
                LocalDate.ofInstant(s.getStartsAt(), Catalogue.JAPAN))).orElse(0L);
    }

    /** A company may still name or rename the seat: active, unused, the session not started, the access not over. */
    static boolean changeable(Seat seat, Instant now) {
        TrainingOrder order = seat.getOrder();
        return seat.isActive() && order.getBuyer().getType() == AccountType.CORPORATE
                && seat.getFirstUsedAt().isEmpty()
                && order.getSession().map(s -> !s.hasStartedAt(now)).orElse(true)
                && seat.getAccessEndsAt().map(now::isBefore).orElse(true);
    }

    /** The buyer may still cancel the seat: active, the session not started (動画配信: not used). */
    static boolean cancellable(Seat seat, Instant now) {
        return seat.isActive() && seat.getFirstUsedAt().isEmpty()
                && seat.getOrder().getSession().map(s -> !s.hasStartedAt(now)).orElse(true);
    }

    /** The fee percentage now: the course's policy for live sessions; 動画配信 is free until used. */
    static int feePercent(TrainingOrder order, Instant now) {
        return order.getSession().isPresent() ? order.getCourse().cancellationPolicy().feePercent(daysBefore(order, now)) : 0;
    }

    static CancellationQuote quote(TrainingOrder order, List<Seat> seats, Instant now, boolean waive) {
        int percent = waive ? 0 : feePercent(order, now);
        BigDecimal fee = Yen.percentOf(order.getUnitPrice(), percent).multiply(BigDecimal.valueOf(seats.size()));
        return new CancellationQuote(seats.size(), daysBefore(order, now), percent, fee, Yen.withTax(fee, order.getTaxRate()));
    }

    /**
     * Cancels these seats of the order with the policy's fee (or none), gives their places back to
     * the session, and mails the buyer and every named learner other than the buyer.
     */
    CancellationQuote cancel(TrainingOrder order, List<Seat> seats, String actor, Instant now, boolean waive, String reason) {
        CancellationQuote quote = quote(order, seats, now, waive);
        for (Seat seat : seats) {
            em.persist(seat.cancel(quote.feePercent(), actor, now));
            seat.getLearner().filter(learner -> !learner.getId().equals(order.getBuyer().getId()))
                    .ifPresent(learner -> outbox.queue(learner, MailTemplate.SEAT_CANCELLED,
                            learner.getProfile().getPersonName(), links.myPage("my-trainings"), order.getCourseTitle(),
                            schedule(order)));
        }
        order.getSession().ifPresent(session -> releaseSeats(session, seats.size()));
        order.recalculate();
        if (order.activeSeats() == 0) {
            order.recordCancellation(actor, now, reason);
        }
        Account buyer = order.getBuyer();
        outbox.queue(buyer, MailTemplate.ORDER_CANCELLED, buyer.getProfile().getPersonName(), orderLink(order),
                order.getNumber(), order.getCourseTitle(), seats.size(), money(quote.feeWithTax()));
        return quote;
    }

    String orderLink(TrainingOrder order) {
        return links.myPage("order?id=" + order.getId());
    }

    static MailText money(BigDecimal amount) {
        return new MailText("money", amount);
    }

    /** The schedule as a mail writes it: date and time in Japan and the venue, or the access period. */
    static MailText schedule(TrainingOrder order) {
        return order.getSession()
                .map(s -> new MailText("schedule.session", WHEN.format(s.getStartsAt()) + "–" + TIME.format(s.getEndsAt()),
                        s.getVenue().<Object>map(v -> v).orElse(new MailText("schedule.online"))))
                .orElseGet(() -> new MailText("schedule.elearning", order.getAccessDays().orElse(0)));
    }

    /** Rows for a page of orders: the named learners of all of them in one query. */
    /**
     * The orders as rows: one query reads every active seat of the page's orders with its learner's
     * name (left join: an unnamed seat counts too), so no order loads its seat list.
     */
    List<OrderRow> rows(List<TrainingOrder> orders) {
        Map<Long, List<String>> names = new HashMap<>();
        Map<Long, Integer> active = new HashMap<>();
        if (!orders.isEmpty()) {
            em.createQuery("select s.order.id, l.profile.personName from Seat s left join s.learner l"
                            + " where s.order in :orders and s.status = :active order by l.profile.personNameKana, s.id", Object[].class)
                    .setParameter("orders", orders).setParameter("active", SeatStatus.ACTIVE)
                    .getResultStream()
                    .forEach(row -> {
                        Long order = (Long) row[0];
                        active.merge(order, 1, Integer::sum);
                        if (row[1] != null) {
                            names.computeIfAbsent(order, id -> new ArrayList<>()).add((String) row[1]);
                        }
                    });
        }
        return orders.stream().map(order -> row(order, active.getOrDefault(order.getId(), 0),
                names.getOrDefault(order.getId(), List.of()))).toList();
    }

    private static OrderRow row(TrainingOrder o, int active, List<String> names) {
        Optional<CourseSession> session = o.getSession();
        return new OrderRow(o.getId(), o.getNumber(), o.getOrderedAt(), o.getCourseTitle(), o.getDelivery(),
                session.map(CourseSession::getStartsAt).orElse(null), session.map(CourseSession::getEndsAt).orElse(null),
                o.getAccessDays().orElse(null), active, names, active - names.size(), o.total(), o.getPaymentStatus(),
                o.getStatus(), buyerName(o.getBuyer()));
    }

    static String buyerName(Account buyer) {
        return buyer.displayName();
    }

    static OrderDetail detail(TrainingOrder o, Instant now) {
        Optional<CourseSession> session = o.getSession();
        List<SeatRow> seats = o.getSeats().stream().map(seat -> new SeatRow(seat.getId(), seat.learnerId().orElse(null),
                seat.getLearner().map(l -> l.getProfile().getPersonName()).orElse(null),
                seat.getLearner().map(l -> l.getEmail().value()).orElse(null), seat.getStatus(),
                seat.getAssignedAt().orElse(null), seat.getAccessEndsAt().orElse(null), seat.getCharge(),
                seat.getFeePercent().orElse(null), changeable(seat, now), cancellable(seat, now))).toList();
        return new OrderDetail(o.getId(), o.getNumber(), o.getOrderedAt(), o.getCourse().getId(), o.getCourseTitle(),
                o.getDelivery(), session.map(CourseSession::getStartsAt).orElse(null),
                session.map(CourseSession::getEndsAt).orElse(null), session.flatMap(CourseSession::getVenue).orElse(null),
                o.getAccessDays().orElse(null), o.getUnitPrice(), o.getTaxRate(), o.getNetAmount(), o.tax(), o.total(),
                o.getStatus(), o.getPaymentMethod(), o.getPaymentStatus(), o.getPaidAt().orElse(null),
                o.getCancelledAt().orElse(null), o.getCancelReason().orElse(null), buyerName(o.getBuyer()),
                o.getBuyer().getEmail().value(), o.getBuyer().getType() == AccountType.CORPORATE, seats,
                o.getCourse().cancellationPolicy().tiers().stream()
                        .map(t -> new CourseView.Tier(t.getDaysBefore(), t.getFeePercent())).toList(),
                seats.stream().anyMatch(SeatRow::cancellable));
    }

}
