package jp.mypage.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.order.PaymentMethod;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.Yen;
import jp.mypage.linking.CorporateLinks;
import jp.mypage.linking.LearnerQuery;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.PortalLinks;
import jp.mypage.payment.Payments;
import jp.mypage.training.CourseView;

/**
 * お申込み for account holders. A personal account applies for itself, one seat; a company applies
 * for learners linked to it now (named seats) and for seats to name later, never for itself. The
 * buyer is always the caller, from the security context; ids from a page are looked up within the
 * caller's own orders and links, so a forged id finds nothing.
 */
@Stateless
@RolesAllowed({"PERSONAL", "CORPORATE"})
public class OrderService {

    static final int PAGE_MAX = 100;
    public static final int EXPORT_MAX = 10_000;
    /** Learners one "select all matching" adds at most: the seats of one order. */
    public static final int SELECT_ALL_MAX = TrainingOrder.SEATS_MAX;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private CorporateLinks corporateLinks;

    @Inject
    private Orders orders;

    @Inject
    private Payments payments;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** How long before a live online session its meeting URL appears in 受講予定. */
    private java.time.Duration meetingLead;

    @Inject
    void meetingLead(@org.eclipse.microprofile.config.inject.ConfigProperty(name = "MEETING_URL_LEAD_MINUTES",
            defaultValue = "60") long minutes) {
        this.meetingLead = java.time.Duration.ofMinutes(minutes);
    }

    /** 確認画面: checks the application as placing it would, and prices it; writes nothing. */
    public OrderQuote quote(OrderRequest request) {
        Account me = me();
        Plan plan = plan(me, request, clock.instant());
        Course course = plan.course();
        int seats = plan.learners().size() + plan.unassigned();
        BigDecimal net = course.getPrice().multiply(BigDecimal.valueOf(seats));
        Optional<CourseSession> session = Optional.ofNullable(plan.session());
        return new OrderQuote(course.getTitle(), course.getDelivery(), session.map(CourseSession::getStartsAt).orElse(null),
                session.map(CourseSession::getEndsAt).orElse(null), session.flatMap(CourseSession::getVenue).orElse(null),
                course.getAccessDays().orElse(null),
                plan.learners().stream().map(l -> l.getProfile().getPersonName()).toList(), plan.unassigned(), seats,
                course.getPrice(), course.getTaxRate(), net, Yen.taxOf(net, course.getTaxRate()),
                Yen.withTax(net, course.getTaxRate()),
                course.cancellationPolicy().tiers().stream()
                        .map(t -> new CourseView.Tier(t.getDaysBefore(), t.getFeePercent())).toList());
    }

    /**
     * 申し込む: places the order, takes its seats of the session's capacity, names its learners and
     * mails the buyer and each named learner. The same page's key again returns the first order.
     *
     * @throws SessionFullException when fewer seats are left than asked for (nothing is ordered)
     * @throws ApplicationClosedException when the course or session takes no applications now
     * @throws AlreadyAppliedException when a learner already holds a seat of it
     * @throws LearnerNotLinkedException when a learner is not linked to the calling company
     */
    public OrderPlaced placeOrder(OrderRequest request) {
        Account me = me();
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        Optional<TrainingOrder> placed = em.createQuery("select o from TrainingOrder o where o.buyer = :buyer"
                        + " and o.requestKey = :key", TrainingOrder.class)
                .setParameter("buyer", me).setParameter("key", request.requestKey())
                .getResultStream().findFirst();
        if (placed.isPresent()) {
            return new OrderPlaced(placed.get().getId(), placed.get().getNumber());
        }
        Instant now = clock.instant();
        Plan plan = plan(me, request, now);
        int seats = plan.learners().size() + plan.unassigned();
        if (plan.session() != null) {
            orders.takeSeats(plan.session(), seats);
        }
        TrainingOrder order = new TrainingOrder(me, plan.course(), plan.session(), seats, PaymentMethod.INVOICE,
                request.requestKey(), now);
        em.persist(order);
        order.assignNumber();
        String actor = actor();
        List<Seat> all = order.getSeats();
        for (int i = 0; i < plan.learners().size(); i++) {
            em.persist(all.get(i).assign(plan.learners().get(i), actor, now));
        }
        payments.of(order.getPaymentMethod()).orderPlaced(order.getId(), order.getNumber(), order.total());
        outbox.queue(me, MailTemplate.ORDER_PLACED, me.getProfile().getPersonName(), orders.orderLink(order),
                order.getNumber(), order.getCourseTitle(), Orders.schedule(order), seats, Orders.money(order.total()));
        if (me.getType() == AccountType.CORPORATE) {
            // One mail per named learner, up to 2,000: marked bulk, so confirmation and reset links
            // queued meanwhile are not stuck behind them.
            for (Account learner : plan.learners()) {
                outbox.queueBulk(learner, MailTemplate.SEAT_ASSIGNED, learner.getProfile().getPersonName(),
                        links.myPage("my-trainings"), order.getCourseTitle(), Orders.schedule(order),
                        me.getProfile().getOrganizationName());
            }
        }
        return new OrderPlaced(order.getId(), order.getNumber());
    }

    /** A page of the caller's お申込み履歴一覧, newest first. */
    public List<OrderRow> myOrders(OrderQuery query, int first, int pageSize) {
        return orders.rows(mine(query, "select o", " order by o.orderedAt desc, o.id desc", TrainingOrder.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultList());
    }

    public int countMyOrders(OrderQuery query) {
        return mine(query, "select count(o)", "", Long.class).getSingleResult().intValue();
    }

    /** What the list shows, for the CSV export (at most {@link #EXPORT_MAX}). */
    public List<OrderRow> exportMyOrders(OrderQuery query) {
        List<OrderRow> rows = new ArrayList<>();
        List<TrainingOrder> found = mine(query, "select o", " order by o.orderedAt desc, o.id desc", TrainingOrder.class)
                .setMaxResults(EXPORT_MAX).getResultList();
        for (int from = 0; from < found.size(); from += PAGE_MAX) {
            rows.addAll(orders.rows(found.subList(from, Math.min(from + PAGE_MAX, found.size()))));
        }
        return rows;
    }

    /** One of the caller's orders; another holder's finds nothing. */
    public Optional<OrderDetail> findMyOrder(long orderId) {
        return orders.ofBuyer(orderId, me()).map(order -> Orders.detail(order, clock.instant()));
    }

    /**
     * Names or renames (受講者変更) a seat of the calling company: only a learner linked to it, only
     * while the seat is unused and its session has not started. Both learners are mailed.
     */
    @RolesAllowed("CORPORATE")
    public void assignSeat(long seatId, long learnerId) {
        Account me = me();
        Seat seat = mySeat(seatId, me);
        TrainingOrder order = orders.locked(seat.getOrder());
        em.refresh(seat);
        Instant now = clock.instant();
        if (!Orders.changeable(seat, now)) {
            throw new SeatNotChangeableException();
        }
        Account learner = corporateLinks.linkedLearnersAmong(me, List.of(learnerId)).stream().findFirst()
                .orElseThrow(LearnerNotLinkedException::new);
        if (seat.learnerId().filter(id -> id == learnerId).isPresent()) {
            return;
        }
        requireNoSeat(order.getCourse(), order.getSession().orElse(null), List.of(learner), now);
        Optional<Account> previous = seat.getLearner();
        em.persist(seat.assign(learner, actor(), now));
        String company = me.getProfile().getOrganizationName();
        outbox.queue(learner, MailTemplate.SEAT_ASSIGNED, learner.getProfile().getPersonName(),
                links.myPage("my-trainings"), order.getCourseTitle(), Orders.schedule(order), company);
        previous.ifPresent(old -> outbox.queue(old, MailTemplate.SEAT_WITHDRAWN, old.getProfile().getPersonName(),
                links.myPage("my-trainings"), order.getCourseTitle(), Orders.schedule(order), company));
    }

    /** What cancelling the whole order ({@code seatId} null) or one seat would cost now. */
    public CancellationQuote cancellationQuote(long orderId, Long seatId) {
        TrainingOrder order = orders.ofBuyer(orderId, me()).orElseThrow(OrderNotFoundException::new);
        return Orders.quote(order, toCancel(order, seatId), clock.instant(), false);
    }

    /**
     * キャンセル by the buyer of the whole order ({@code seatId} null) or one seat, with the policy's fee.
     *
     * @return what was charged
     * @throws NotCancellableException when nothing of it can be cancelled now
     */
    public CancellationQuote cancel(long orderId, Long seatId) {
        TrainingOrder order = orders.locked(orders.ofBuyer(orderId, me()).orElseThrow(OrderNotFoundException::new));
        order.getSeats().forEach(em::refresh);
        return orders.cancel(order, toCancel(order, seatId), actor(), clock.instant(), false, null);
    }

    /**
     * 受講予定: the caller's (a learner's) active seats, whoever bought them, newest first. A meeting URL
     * is given from {@code MEETING_URL_LEAD_MINUTES} before the start until the end.
     */
    @RolesAllowed("PERSONAL")
    public List<MySeat> mySeats() {
        Account me = me();
        Instant now = clock.instant();
        return em.createQuery("select s from Seat s join fetch s.order o left join fetch o.session"
                        + " where s.learner = :me and s.status = :active order by o.orderedAt desc, s.id desc", Seat.class)
                .setParameter("me", me).setParameter("active", SeatStatus.ACTIVE)
                .setMaxResults(500)
                .getResultStream()
                .map(seat -> {
                    TrainingOrder o = seat.getOrder();
                    Optional<CourseSession> session = o.getSession();
                    boolean bySelf = o.getBuyer().getId().equals(me.getId());
                    Instant opens = session.map(s -> s.getStartsAt().minus(meetingLead)).orElse(null);
                    boolean meetingOpen = session.map(s -> !now.isBefore(opens) && now.isBefore(s.getEndsAt())).orElse(false);
                    Instant accessEnds = seat.getAccessEndsAt().orElse(null);
                    return new MySeat(seat.getId(), o.getNumber(), o.getCourseTitle(), o.getDelivery(),
                            session.map(CourseSession::getStartsAt).orElse(null),
                            session.map(CourseSession::getEndsAt).orElse(null),
                            session.flatMap(CourseSession::getVenue).orElse(null),
                            meetingOpen ? session.flatMap(CourseSession::getMeetingUrl).orElse(null) : null,
                            session.flatMap(CourseSession::getMeetingUrl).map(url -> opens).orElse(null),
                            accessEnds, Orders.buyerName(o.getBuyer()), bySelf,
                            seat.getLearningStatus().shown(accessEnds, now), seat.getProgressPercent(),
                            seat.getCompletedAt().orElse(null));
                })
                .toList();
    }

    /** "Select all matching": the ids of the calling company's linked learners that match the search. */
    @RolesAllowed("CORPORATE")
    public List<Long> linkedLearnerIds(LearnerQuery query) {
        return corporateLinks.linkedLearnerIds(me(), query, SELECT_ALL_MAX);
    }

    private List<Seat> toCancel(TrainingOrder order, Long seatId) {
        Instant now = clock.instant();
        List<Seat> seats = order.getSeats().stream()
                .filter(seat -> seatId == null || seat.getId().equals(seatId))
                .filter(seat -> Orders.cancellable(seat, now))
                .toList();
        if (seats.isEmpty()) {
            if (seatId != null && order.getSeats().stream().noneMatch(seat -> seat.getId().equals(seatId))) {
                throw new OrderNotFoundException();
            }
            throw new NotCancellableException();
        }
        return seats;
    }

    /** What an application will buy, checked: the course and session open, the learners allowed, the count in bounds. */
    private Plan plan(Account me, OrderRequest request, Instant now) {
        Course course = Optional.ofNullable(em.find(Course.class, request.courseId())).filter(Course::isPublished)
                .orElseThrow(ApplicationClosedException::new);
        CourseSession session = null;
        if (course.getDelivery().hasSessions()) {
            session = Optional.ofNullable(request.sessionId()).map(id -> em.find(CourseSession.class, id))
                    .filter(s -> s.getCourse().getId().equals(course.getId()))
                    .filter(s -> s.isOpenAt(now) && !s.hasStartedAt(now))
                    .orElseThrow(ApplicationClosedException::new);
        }
        List<Account> learners;
        int unassigned;
        if (me.getType() == AccountType.PERSONAL) {
            if (!request.learnerIds().isEmpty() && !request.learnerIds().equals(List.of(me.getId()))
                    || request.unassignedSeats() != 0) {
                throw new LearnerNotLinkedException();
            }
            learners = List.of(me);
            unassigned = 0;
        } else {
            if (request.unassignedSeats() < 0) {
                throw new NoSeatsException();
            }
            if (request.learnerIds().size() + (long) request.unassignedSeats() > TrainingOrder.SEATS_MAX) {
                throw new TooManySeatsException();
            }
            learners = corporateLinks.linkedLearnersAmong(me, request.learnerIds());
            if (learners.size() != request.learnerIds().size()) {
                throw new LearnerNotLinkedException();
            }
            unassigned = request.unassignedSeats();
        }
        if (learners.isEmpty() && unassigned == 0) {
            throw new NoSeatsException();
        }
        requireNoSeat(course, session, learners, now);
        if (session != null && session.seatsLeft() < learners.size() + unassigned) {
            throw new SessionFullException();
        }
        return new Plan(course, session, learners, unassigned);
    }

    /** No learner may hold two active seats of one session (or of one 動画配信 course whose access is still open). */
    private void requireNoSeat(Course course, CourseSession session, List<Account> learners, Instant now) {
        List<String> names = new ArrayList<>();
        for (int from = 0; from < learners.size(); from += 500) {
            List<Account> part = learners.subList(from, Math.min(from + 500, learners.size()));
            TypedQuery<String> query = em.createQuery("select distinct l.profile.personName from Seat s join s.learner l"
                    + " join s.order o where l in :learners and s.status = :active and "
                    + (session != null ? "o.session = :session" : "o.course = :course and (s.accessEndsAt is null or s.accessEndsAt > :now)"),
                    String.class).setParameter("learners", part).setParameter("active", SeatStatus.ACTIVE);
            if (session != null) {
                query.setParameter("session", session);
            } else {
                query.setParameter("course", course).setParameter("now", now);
            }
            names.addAll(query.getResultList());
        }
        if (!names.isEmpty()) {
            throw new AlreadyAppliedException(names);
        }
    }

    private <T> TypedQuery<T> mine(OrderQuery query, String select, String order, Class<T> type) {
        return orders.matching(query, me(), select, order, type);
    }

    private Seat mySeat(long seatId, Account buyer) {
        return em.createQuery("select s from Seat s where s.id = :id and s.order.buyer = :buyer", Seat.class)
                .setParameter("id", seatId).setParameter("buyer", buyer)
                .getResultStream().findFirst()
                .orElseThrow(OrderNotFoundException::new);
    }

    private String actor() {
        return "account " + context.getCallerPrincipal().getName();
    }

    private Account me() {
        return accounts.caller(context.getCallerPrincipal());
    }

    private record Plan(Course course, CourseSession session, List<Account> learners, int unassigned) {
    }
}
