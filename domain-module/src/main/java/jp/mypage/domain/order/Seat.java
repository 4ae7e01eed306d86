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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private SeatStatus status;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** 動画配信: the end of the access period, counted from the assignment. */
    @Column(name = "access_ends_at")
    private Instant accessEndsAt;

    /** When the learner first opened the training (受講する); null while unused. */
    @Column(name = "first_used_at")
    private Instant firstUsedAt;

    @Column(name = "charge", precision = 12, scale = 0, nullable = false)
    private BigDecimal charge;

    @Column(name = "fee_percent")
    private Integer feePercent;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Seat() {
        // for JPA
    }

    Seat(TrainingOrder order) {
        this.order = Objects.requireNonNull(order);
        this.status = SeatStatus.ACTIVE;
        this.charge = order.getUnitPrice();
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

    /** 受講する for the first time (the next issue's player calls it). */
    public void markUsed(Instant at) {
        requireActive();
        if (firstUsedAt == null) {
            this.firstUsedAt = at;
        }
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
}
