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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One recorded change of a seat: what, from which learner to which, by whom, when. */
@Entity
@Table(name = "seat_change")
public class SeatChange {

    public static final int ACTOR_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_change_seq")
    @SequenceGenerator(name = "seat_change_seq", sequenceName = "seat_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false, updatable = false)
    private Seat seat;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", length = 30, nullable = false, updatable = false)
    private SeatChangeType type;

    @Column(name = "from_learner_id", updatable = false)
    private Long fromLearnerId;

    @Column(name = "to_learner_id", updatable = false)
    private Long toLearnerId;

    @Column(name = "actor", length = ACTOR_MAX, nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected SeatChange() {
        // for JPA
    }

    SeatChange(Seat seat, SeatChangeType type, Long fromLearnerId, Long toLearnerId, String actor, Instant at) {
        this.seat = Objects.requireNonNull(seat);
        this.type = Objects.requireNonNull(type);
        this.fromLearnerId = fromLearnerId;
        this.toLearnerId = toLearnerId;
        this.actor = Objects.requireNonNull(actor);
        this.occurredAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Seat getSeat() {
        return seat;
    }

    public SeatChangeType getType() {
        return type;
    }

    public Optional<Long> getFromLearnerId() {
        return Optional.ofNullable(fromLearnerId);
    }

    public Optional<Long> getToLearnerId() {
        return Optional.ofNullable(toLearnerId);
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
