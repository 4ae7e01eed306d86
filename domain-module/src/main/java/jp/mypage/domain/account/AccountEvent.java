package jp.mypage.domain.account;

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

/**
 * One entry of an account's audit trail: who did what to it, when, and why. Written once, never
 * changed.
 */
@Entity
@Table(name = "account_event")
@NamedQuery(name = AccountEvent.LAST_OF_TYPE,
        query = "select max(e.occurredAt) from AccountEvent e where e.account = :account and e.type = :type")
@NamedQuery(name = AccountEvent.LAST_OF_TYPE_PER_ACCOUNT,
        query = "select e.account.id, max(e.occurredAt) from AccountEvent e"
                + " where e.account.id in :accountIds and e.type = :type group by e.account.id")
@NamedQuery(name = AccountEvent.COUNT_OF_TYPE_SINCE,
        query = "select count(e) from AccountEvent e where e.account = :account and e.type = :type"
                + " and e.occurredAt > :since")
@NamedQuery(name = AccountEvent.HISTORY,
        query = "select e from AccountEvent e where e.account.id = :accountId order by e.occurredAt, e.id")
public class AccountEvent {

    /** Every event of one account, oldest first. */
    public static final String HISTORY = "AccountEvent.history";

    public static final String LAST_OF_TYPE = "AccountEvent.lastOfType";
    /** Account id and the latest instant of an event type, for a list of accounts at once. */
    public static final String LAST_OF_TYPE_PER_ACCOUNT = "AccountEvent.lastOfTypePerAccount";
    public static final String COUNT_OF_TYPE_SINCE = "AccountEvent.countOfTypeSince";

    public static final int ACTOR_MAX = 300;
    public static final int DETAIL_MAX = 1000;

    /** The actor of transitions the account holder made themself. */
    public static final String ACTOR_SELF = "self";
    /** The actor of transitions the portal made on its own (lockouts, automatic approval). */
    public static final String ACTOR_SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_event_seq")
    @SequenceGenerator(name = "account_event_seq", sequenceName = "account_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 40, nullable = false)
    private AccountEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 30, nullable = false)
    private AccountStatus statusAfter;

    @Column(name = "actor", length = ACTOR_MAX, nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected AccountEvent() {
        // for JPA
    }

    AccountEvent(Account account, AccountEventType type, String actor, Instant occurredAt, String detail) {
        this.account = Objects.requireNonNull(account);
        this.type = Objects.requireNonNull(type);
        this.statusAfter = account.getStatus();
        this.actor = Objects.requireNonNull(actor);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public AccountEventType getType() {
        return type;
    }

    public AccountStatus getStatusAfter() {
        return statusAfter;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
