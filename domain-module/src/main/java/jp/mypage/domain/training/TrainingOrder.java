package jp.mypage.domain.training;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mypage.domain.account.Account;

/** One お申込み: a training bought by an account, for a number of seats. */
@Entity
@Table(name = "training_order")
@NamedQuery(name = TrainingOrder.OF_BUYER,
        query = "select o from TrainingOrder o where o.buyer.id = :buyerId order by o.orderedAt desc, o.id desc")
public class TrainingOrder {

    public static final String OF_BUYER = "TrainingOrder.ofBuyer";
    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_order_seq")
    @SequenceGenerator(name = "training_order_seq", sequenceName = "training_order_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_id", nullable = false, updatable = false)
    private Account buyer;

    @Column(name = "training_title", length = TITLE_MAX, nullable = false, updatable = false)
    private String trainingTitle;

    @Column(name = "seats", nullable = false, updatable = false)
    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private TrainingOrderStatus status;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    protected TrainingOrder() {
        // for JPA
    }

    public TrainingOrder(Account buyer, String trainingTitle, int seats, Instant orderedAt) {
        this.buyer = Objects.requireNonNull(buyer);
        if (trainingTitle == null || trainingTitle.isBlank() || trainingTitle.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A training title of 1.." + TITLE_MAX + " characters is required");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("An order is for at least one seat");
        }
        this.trainingTitle = trainingTitle;
        this.seats = seats;
        this.orderedAt = Objects.requireNonNull(orderedAt);
        this.status = TrainingOrderStatus.APPLIED;
    }

    public Long getId() {
        return id;
    }

    public String getTrainingTitle() {
        return trainingTitle;
    }

    public int getSeats() {
        return seats;
    }

    public TrainingOrderStatus getStatus() {
        return status;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }
}
