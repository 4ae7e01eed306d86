package jp.mypage.domain.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.domain.training.Yen;

/**
 * One お申込み: a course (and for live courses one session) bought by an account, with its seats.
 * The order keeps what was bought at what price: the course's title, delivery type, price before tax
 * and tax rate as they were when it was placed. Its amount is the sum of its seats' charges; the tax
 * is computed once on that amount (the rounding of a 適格請求書).
 */
@Entity
@Table(name = "training_order")
public class TrainingOrder {

    public static final int NUMBER_MAX = 20;
    public static final int REQUEST_KEY_MAX = 64;
    public static final int REASON_MAX = 1000;
    /** Seats one order holds at most. */
    public static final int SEATS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_order_seq")
    @SequenceGenerator(name = "training_order_seq", sequenceName = "training_order_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** 申込番号, shown to the buyer and on the invoice. */
    @Column(name = "order_number", length = NUMBER_MAX, nullable = false, updatable = false)
    private String number;

    /** The page's one-time key of the application, so a double submit places one order. */
    @Column(name = "request_key", length = REQUEST_KEY_MAX, nullable = false, updatable = false)
    private String requestKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_id", nullable = false, updatable = false)
    private Account buyer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private CourseSession session;

    @Column(name = "course_title", length = Course.TITLE_MAX, nullable = false, updatable = false)
    private String courseTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", length = 16, nullable = false, updatable = false)
    private DeliveryType delivery;

    @Column(name = "unit_price", precision = 12, scale = 0, nullable = false, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "tax_rate", nullable = false, updatable = false)
    private int taxRate;

    @Column(name = "access_days", updatable = false)
    private Integer accessDays;

    @Column(name = "seat_count", nullable = false, updatable = false)
    private int seatCount;

    /** The sum of the seats' charges (税抜), kept for lists and totals. */
    @Column(name = "net_amount", precision = 14, scale = 0, nullable = false)
    private BigDecimal netAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 16, nullable = false, updatable = false)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", length = 16, nullable = false)
    private PaymentStatus paymentStatus;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_recorded_by", length = SeatChange.ACTOR_MAX)
    private String paymentRecordedBy;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = SeatChange.ACTOR_MAX)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Seat> seats = new ArrayList<>();

    protected TrainingOrder() {
        // for JPA
    }

    /**
     * A new order of {@code seatCount} unnamed seats; name them with {@link Seat#assign}. A live
     * course needs its session, 動画配信 none.
     */
    public TrainingOrder(Account buyer, Course course, CourseSession session, int seatCount, PaymentMethod method,
            String requestKey, Instant at) {
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.course = Objects.requireNonNull(course, "course");
        if (course.getDelivery().hasSessions() != (session != null)
                || (session != null && !session.getCourse().getId().equals(course.getId()))) {
            throw new IllegalArgumentException("A live course is bought per session of its own, 動画配信 without one");
        }
        if (seatCount < 1 || seatCount > SEATS_MAX) {
            throw new IllegalArgumentException("An order holds 1.." + SEATS_MAX + " seats");
        }
        if (buyer.getType() == AccountType.PERSONAL && seatCount != 1) {
            throw new IllegalArgumentException("A personal account buys one seat, for itself");
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > REQUEST_KEY_MAX) {
            throw new IllegalArgumentException("A request key of 1.." + REQUEST_KEY_MAX + " characters");
        }
        this.session = session;
        this.requestKey = requestKey;
        this.courseTitle = course.getTitle();
        this.delivery = course.getDelivery();
        this.unitPrice = course.getPrice();
        this.taxRate = course.getTaxRate();
        this.accessDays = course.getAccessDays().orElse(null);
        this.seatCount = seatCount;
        this.paymentMethod = Objects.requireNonNull(method, "method");
        this.paymentStatus = PaymentStatus.UNPAID;
        this.status = OrderStatus.APPLIED;
        this.orderedAt = Objects.requireNonNull(at, "at");
        for (int i = 0; i < seatCount; i++) {
            seats.add(new Seat(this));
        }
        recalculate();
    }

    /** Gives the order its 申込番号 from its id, once the id exists (after persist). */
    public void assignNumber() {
        if (number == null) {
            this.number = String.format("MP%08d", Objects.requireNonNull(id, "persist the order first"));
        }
    }

    /**
     * Sums the seats' charges again after a seat changed; when no seat is active the order is
     * cancelled (or, when the session was cancelled, 開催中止), and an unpaid order that owes
     * nothing owes nothing.
     */
    public void recalculate() {
        this.netAmount = seats.stream().map(Seat::getCharge).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (status == OrderStatus.APPLIED && seats.stream().noneMatch(Seat::isActive)) {
            this.status = seats.stream().allMatch(seat -> seat.getStatus() == SeatStatus.RELEASED)
                    ? OrderStatus.SESSION_CANCELLED : OrderStatus.CANCELLED;
        }
        if (paymentStatus == PaymentStatus.UNPAID && netAmount.signum() == 0) {
            this.paymentStatus = PaymentStatus.NOTHING_DUE;
        }
    }

    /** The whole order was cancelled by someone (the seats are cancelled by the caller first). */
    public void recordCancellation(String actor, Instant at, String reason) {
        this.cancelledAt = at;
        this.cancelledBy = actor;
        if (reason != null && !reason.isBlank()) {
            String text = reason.strip();
            if (text.length() > REASON_MAX) {
                throw new IllegalArgumentException("A reason of at most " + REASON_MAX + " characters");
            }
            this.cancelReason = text;
        }
    }

    /** 入金確認 by an operator. */
    public void recordPayment(String operator, Instant at) {
        if (paymentStatus != PaymentStatus.UNPAID) {
            throw new IllegalStateException("Order " + number + " is " + paymentStatus);
        }
        this.paymentStatus = PaymentStatus.PAID;
        this.paidAt = Objects.requireNonNull(at);
        this.paymentRecordedBy = Objects.requireNonNull(operator);
    }

    public BigDecimal tax() {
        return Yen.taxOf(netAmount, taxRate);
    }

    public BigDecimal total() {
        return netAmount.add(tax());
    }

    public long activeSeats() {
        return seats.stream().filter(Seat::isActive).count();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Account getBuyer() {
        return buyer;
    }

    public Course getCourse() {
        return course;
    }

    public Optional<CourseSession> getSession() {
        return Optional.ofNullable(session);
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public DeliveryType getDelivery() {
        return delivery;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getTaxRate() {
        return taxRate;
    }

    public Optional<Integer> getAccessDays() {
        return Optional.ofNullable(accessDays);
    }

    public int getSeatCount() {
        return seatCount;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public Optional<Instant> getPaidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public Optional<Instant> getCancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> getCancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public List<Seat> getSeats() {
        return Collections.unmodifiableList(seats);
    }
}
