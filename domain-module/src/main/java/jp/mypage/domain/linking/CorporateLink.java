package jp.mypage.domain.linking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;

/**
 * One link between a learner and a corporate account, from the moment the learner saved the
 * company's email in 登録情報設定 until either side ended it. Ending never deletes anything.
 */
@Entity
@Table(name = "corporate_link")
@NamedQuery(name = CorporateLink.ACTIVE_OF_LEARNER,
        query = "select l from CorporateLink l join fetch l.corporate where l.learner = :learner and l.endedAt is null")
@NamedQuery(name = CorporateLink.ACTIVE_OF_CORPORATE,
        query = "select l from CorporateLink l join fetch l.learner where l.corporate = :corporate and l.endedAt is null"
                + " order by l.linkedAt desc, l.id desc")
@NamedQuery(name = CorporateLink.COUNT_ACTIVE_OF_CORPORATE,
        query = "select count(l) from CorporateLink l where l.corporate = :corporate and l.endedAt is null")
public class CorporateLink {

    public static final String COUNT_ACTIVE_OF_CORPORATE = "CorporateLink.countActiveOfCorporate";

    public static final String ACTIVE_OF_LEARNER = "CorporateLink.activeOfLearner";
    public static final String ACTIVE_OF_CORPORATE = "CorporateLink.activeOfCorporate";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corporate_link_seq")
    @SequenceGenerator(name = "corporate_link_seq", sequenceName = "corporate_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Account learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "corporate_id", nullable = false, updatable = false)
    private Account corporate;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CorporateLink() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException unless a personal account links to a corporate one
     */
    public CorporateLink(Account learner, Account corporate, Instant linkedAt) {
        if (learner.getType() != AccountType.PERSONAL || corporate.getType() != AccountType.CORPORATE) {
            throw new IllegalArgumentException("A link joins a personal account to a corporate account");
        }
        this.learner = learner;
        this.corporate = corporate;
        this.linkedAt = Objects.requireNonNull(linkedAt);
    }

    /** Ends the link; an ended link cannot end again. */
    public void end(Instant at) {
        if (endedAt != null) {
            throw new IllegalStateException("Link " + id + " already ended");
        }
        this.endedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Account getLearner() {
        return learner;
    }

    public Account getCorporate() {
        return corporate;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }
}
