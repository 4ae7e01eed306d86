package jp.mypage.domain.linking;

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
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;

/**
 * One link between a learner and a corporate account, from the learner's request (or the link
 * itself, when the company takes links automatically) until either side ended it. A row moves
 * only forward through {@link LinkStatus}; ending never deletes anything.
 */
@Entity
@Table(name = "corporate_link")
@NamedQuery(name = CorporateLink.OF_LEARNER_IN_STATUS,
        query = "select l from CorporateLink l join fetch l.corporate where l.learner = :learner and l.status = :status")
@NamedQuery(name = CorporateLink.OF_CORPORATE_BY_ID,
        query = "select l from CorporateLink l join fetch l.learner where l.id = :id and l.corporate = :corporate"
                + " and l.status = :status")
public class CorporateLink {

    public static final String OF_LEARNER_IN_STATUS = "CorporateLink.ofLearnerInStatus";
    public static final String OF_CORPORATE_BY_ID = "CorporateLink.ofCorporateById";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private LinkStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "linked_at")
    private Instant linkedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 16)
    private LinkParty endedBy;

    protected CorporateLink() {
        // for JPA
    }

    private CorporateLink(Account learner, Account corporate, LinkStatus status, Instant at) {
        if (learner.getType() != AccountType.PERSONAL || corporate.getType() != AccountType.CORPORATE) {
            throw new IllegalArgumentException("A link joins a personal account to a corporate account");
        }
        this.learner = learner;
        this.corporate = corporate;
        this.status = status;
        this.requestedAt = Objects.requireNonNull(at);
        if (status == LinkStatus.ACTIVE) {
            this.linkedAt = at;
        }
    }

    /** 自動で承認: the learner is linked at once. */
    public static CorporateLink link(Account learner, Account corporate, Instant at) {
        return new CorporateLink(learner, corporate, LinkStatus.ACTIVE, at);
    }

    /** 確認してから承認: the learner's request waits for the company. */
    public static CorporateLink request(Account learner, Account corporate, Instant at) {
        return new CorporateLink(learner, corporate, LinkStatus.REQUESTED, at);
    }

    /** The company accepted the request: the learner is linked from now on. */
    public void accept(Instant at) {
        requireStatus(LinkStatus.REQUESTED);
        status = LinkStatus.ACTIVE;
        decidedAt = Objects.requireNonNull(at);
        linkedAt = at;
    }

    /** The company declined the request. */
    public void decline(Instant at) {
        requireStatus(LinkStatus.REQUESTED);
        status = LinkStatus.DECLINED;
        decidedAt = Objects.requireNonNull(at);
    }

    /** The learner withdrew the request or asked another company instead. */
    public void withdraw(Instant at) {
        requireStatus(LinkStatus.REQUESTED);
        status = LinkStatus.WITHDRAWN;
        endedAt = Objects.requireNonNull(at);
        endedBy = LinkParty.LEARNER;
    }

    /** Ends the link; an ended link cannot end again. */
    public void end(Instant at, LinkParty by) {
        requireStatus(LinkStatus.ACTIVE);
        status = LinkStatus.ENDED;
        endedAt = Objects.requireNonNull(at);
        endedBy = Objects.requireNonNull(by);
    }

    private void requireStatus(LinkStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Link " + id + " is " + status + ", not " + expected);
        }
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

    public LinkStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<Instant> getLinkedAt() {
        return Optional.ofNullable(linkedAt);
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<LinkParty> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }
}
