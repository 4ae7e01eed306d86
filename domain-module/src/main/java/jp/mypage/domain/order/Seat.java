package jp.mypage.domain.order;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.Yen;

/**
 * One learner's right to take the order's course or session: named (a personal account) or not yet
 * named (a company names it later). A seat's holder is always a personal account: a corporate
 * account never holds a seat. Its charge is the unit price while active, the cancellation fee once
 * cancelled, nothing once released by a cancelled session.
 */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_seq")
    @SequenceGenerator(name = "seat_seq", sequenceName = "seat_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private TrainingOrder order;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    private Account learner;

    /**
     * The order's buyer, copied when the seat is created (an order's buyer never changes), so that
     * 受講履歴 finds a company's seats from seat alone.
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_id", nullable = false, updatable = false)
    private Account buyer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private SeatStatus status;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** 動画配信: the end of the access period, counted from the assignment. */
    @Column(name = "access_ends_at")
    private Instant accessEndsAt;

    /**
     * The date 受講履歴 shows and sorts by (開催日 / 受講期間): the session's start, or the access end
     * of a 動画配信 seat (null while it is unnamed). Kept with the seat so that a company's first
     * page is read from one index; a session's new start is copied to its seats by the service
     * that changes it ({@code UPDATE seat SET schedule_at …}).
     */
    @Column(name = "schedule_at")
    private Instant scheduleAt;

    /** When the learner first opened the training (受講する); null while unused. */
    @Column(name = "first_used_at")
    private Instant firstUsedAt;

    @Column(name = "charge", precision = 12, scale = 0, nullable = false)
    private BigDecimal charge;

    @Column(name = "fee_percent")
    private Integer feePercent;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "learning_status", length = 16, nullable = false)
    private LearningStatus learningStatus = LearningStatus.NOT_STARTED;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(name = "attendance_recorded_by", length = SeatChange.ACTOR_MAX)
    private String attendanceRecordedBy;

    @Column(name = "expiry_reminded_at")
    private Instant expiryRemindedAt;

    @Column(name = "session_reminded_at")
    private Instant sessionRemindedAt;

    protected Seat() {
        // for JPA
    }

    Seat(TrainingOrder order) {
        this.order = Objects.requireNonNull(order);
        this.buyer = order.getBuyer();
        this.status = SeatStatus.ACTIVE;
        this.charge = order.getUnitPrice();
        refreshSchedule();
    }

    private void refreshSchedule() {
        this.scheduleAt = order.getSession().map(CourseSession::getStartsAt).orElse(accessEndsAt);
    }

    /**
     * Names (or renames) the seat's learner. The caller has checked that the company may name this
     * learner (linked to it) and that the seat may still change (not used, session not started).
     *
     * @return the change to record
     */
    public SeatChange assign(Account newLearner, String actor, Instant at) {
        requireActive();
        Objects.requireNonNull(newLearner, "learner");
        if (newLearner.getType() != AccountType.PERSONAL) {
            throw new IllegalArgumentException("Only a personal account holds a seat");
        }
        if (firstUsedAt != null) {
            throw new IllegalStateException("A used seat keeps its learner");
        }
        Long from = learnerId().orElse(null);
        if (newLearner.getId().equals(from)) {
            throw new IllegalArgumentException("The seat is already this learner's");
        }
        this.learner = newLearner;
        this.assignedAt = at;
        this.accessEndsAt = order.getAccessDays().map(days -> at.plus(Duration.ofDays(days))).orElse(null);
        refreshSchedule();
        return new SeatChange(this, from == null ? SeatChangeType.ASSIGNED : SeatChangeType.REASSIGNED, from,
                newLearner.getId(), actor, at);
    }

    /** The learner left the company: the unused seat is unnamed again. */
    public SeatChange returnToBuyer(String actor, Instant at) {
        requireActive();
        Long from = learnerId().orElseThrow(() -> new IllegalStateException("The seat has no learner"));
        this.learner = null;
        this.assignedAt = null;
        this.accessEndsAt = null;
        refreshSchedule();
        return new SeatChange(this, SeatChangeType.RETURNED_ON_UNLINK, from, null, actor, at);
    }

    /** キャンセル with the fee of the policy; the seat is released for others. */
    public SeatChange cancel(int percent, String actor, Instant at) {
        requireActive();
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A fee is 0..100 %");
        }
        this.status = SeatStatus.CANCELLED;
        this.feePercent = percent;
        this.charge = Yen.percentOf(order.getUnitPrice(), percent);
        this.cancelledAt = at;
        return new SeatChange(this, SeatChangeType.CANCELLED, learnerId().orElse(null), null, actor, at);
    }

    /** 開催中止: released without charge. */
    public SeatChange release(String actor, Instant at) {
        requireActive();
        this.status = SeatStatus.RELEASED;
        this.charge = BigDecimal.ZERO;
        this.cancelledAt = at;
        return new SeatChange(this, SeatChangeType.RELEASED, learnerId().orElse(null), null, actor, at);
    }

    /** 受講する: the learner opened the training; the first time makes it 受講中. */
    public void markUsed(Instant at) {
        requireActive();
        if (firstUsedAt == null) {
            this.firstUsedAt = at;
        }
        if (learningStatus == LearningStatus.NOT_STARTED) {
            this.learningStatus = LearningStatus.IN_PROGRESS;
        }
        this.lastActivityAt = at;
    }

    /** Whether the learner may still take it at {@code at}: active, and within its access period if it has one. */
    public boolean isOpenAt(Instant at) {
        return isActive() && (accessEndsAt == null || at.isBefore(accessEndsAt));
    }

    /**
     * 動画配信: the learner's progress over the course's lessons now. Reaching 100 % within the access
     * period completes the seat; a completed seat stays completed.
     *
     * @return whether this completed the seat
     */
    public boolean progressed(int percent, Instant at) {
        requireActive();
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A progress is 0..100 %");
        }
        this.lastActivityAt = at;
        if (learningStatus == LearningStatus.COMPLETED) {
            return false;
        }
        this.progressPercent = percent;
        if (percent == 100 && isOpenAt(at)) {
            this.learningStatus = LearningStatus.COMPLETED;
            this.completedAt = at;
            return true;
        }
        return false;
    }

    /**
     * 出席 or 欠席 of a live session, recorded (or corrected) by an operator. 出席 completes the seat.
     *
     * @return whether this completed the seat (it was not completed before)
     */
    public boolean recordAttendance(boolean attended, String actor, Instant at) {
        requireActive();
        if (learner == null) {
            throw new IllegalStateException("An unnamed seat has nobody to attend");
        }
        boolean wasCompleted = learningStatus == LearningStatus.COMPLETED;
        this.attendanceRecordedAt = at;
        this.attendanceRecordedBy = actor;
        this.lastActivityAt = at;
        if (attended) {
            this.learningStatus = LearningStatus.COMPLETED;
            this.progressPercent = 100;
            if (!wasCompleted) {
                this.completedAt = at;
            }
            return !wasCompleted;
        }
        this.learningStatus = LearningStatus.ABSENT;
        this.progressPercent = 0;
        this.completedAt = null;
        return false;
    }

    public void expiryReminded(Instant at) {
        this.expiryRemindedAt = at;
    }

    public void sessionReminded(Instant at) {
        this.sessionRemindedAt = at;
    }

    public boolean isActive() {
        return status == SeatStatus.ACTIVE;
    }

    private void requireActive() {
        if (status != SeatStatus.ACTIVE) {
            throw new IllegalStateException("Seat " + id + " is " + status);
        }
    }

    public Optional<Long> learnerId() {
        return Optional.ofNullable(learner).map(Account::getId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TrainingOrder getOrder() {
        return order;
    }

    public Optional<Account> getLearner() {
        return Optional.ofNullable(learner);
    }

    public SeatStatus getStatus() {
        return status;
    }

    public Optional<Instant> getAssignedAt() {
        return Optional.ofNullable(assignedAt);
    }

    public Optional<Instant> getAccessEndsAt() {
        return Optional.ofNullable(accessEndsAt);
    }

    public Optional<Instant> getFirstUsedAt() {
        return Optional.ofNullable(firstUsedAt);
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public Optional<Integer> getFeePercent() {
        return Optional.ofNullable(feePercent);
    }

    public Optional<Instant> getCancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public LearningStatus getLearningStatus() {
        return learningStatus;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> getLastActivityAt() {
        return Optional.ofNullable(lastActivityAt);
    }

    public Optional<Instant> getAttendanceRecordedAt() {
        return Optional.ofNullable(attendanceRecordedAt);
    }

    public Optional<Instant> getExpiryRemindedAt() {
        return Optional.ofNullable(expiryRemindedAt);
    }

    public Optional<Instant> getSessionRemindedAt() {
        return Optional.ofNullable(sessionRemindedAt);
    }
}
