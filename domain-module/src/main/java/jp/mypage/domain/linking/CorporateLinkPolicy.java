package jp.mypage.domain.linking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;

/**
 * How one company takes new links, and whether it is mailed about them. A company without a row
 * has the defaults: 自動で承認 and mails on.
 */
@Entity
@Table(name = "corporate_link_policy")
public class CorporateLinkPolicy {

    @Id
    @Column(name = "corporate_id")
    private Long corporateId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval", length = 16, nullable = false)
    private LinkApproval approval;

    @Column(name = "notify", nullable = false)
    private boolean notify;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The weekly digest of linked learners' incomplete seats (off by default). */
    @Column(name = "weekly_digest", nullable = false)
    private boolean weeklyDigest;

    @Column(name = "digest_sent_at")
    private Instant digestSentAt;

    protected CorporateLinkPolicy() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException unless the account is a persisted corporate account
     */
    public CorporateLinkPolicy(Account corporate, LinkApproval approval, boolean notify, Instant at) {
        if (corporate.getType() != AccountType.CORPORATE || corporate.getId() == null) {
            throw new IllegalArgumentException("A link policy belongs to a corporate account");
        }
        this.corporateId = corporate.getId();
        change(approval, notify, at);
    }

    /** The policy of a company that never chose one. */
    public static CorporateLinkPolicy defaults(Account corporate, Instant at) {
        return new CorporateLinkPolicy(corporate, LinkApproval.AUTOMATIC, true, at);
    }

    public void change(LinkApproval newApproval, boolean newNotify, Instant at) {
        this.approval = Objects.requireNonNull(newApproval);
        this.notify = newNotify;
        this.changedAt = Objects.requireNonNull(at);
    }

    public void digest(boolean on, Instant at) {
        this.weeklyDigest = on;
        this.changedAt = Objects.requireNonNull(at);
    }

    public void digestSent(Instant at) {
        this.digestSentAt = at;
    }

    public boolean isWeeklyDigest() {
        return weeklyDigest;
    }

    public java.util.Optional<Instant> getDigestSentAt() {
        return java.util.Optional.ofNullable(digestSentAt);
    }

    public LinkApproval getApproval() {
        return approval;
    }

    public boolean isNotify() {
        return notify;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
