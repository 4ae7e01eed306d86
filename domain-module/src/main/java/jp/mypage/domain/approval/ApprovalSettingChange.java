package jp.mypage.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mypage.domain.account.AccountType;

/** One change of an {@link ApprovalSetting}: who, when, from what to what. Written once. */
@Entity
@Table(name = "approval_setting_change")
@NamedQuery(name = ApprovalSettingChange.RECENT,
        query = "select c from ApprovalSettingChange c order by c.changedAt desc, c.id desc")
public class ApprovalSettingChange {

    public static final String RECENT = "ApprovalSettingChange.recent";
    public static final int ACTOR_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_setting_change_seq")
    @SequenceGenerator(name = "approval_setting_change_seq", sequenceName = "approval_setting_change_seq",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", length = 16, nullable = false)
    private AccountType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_mode", length = 16, nullable = false)
    private ApprovalMode oldMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_mode", length = 16, nullable = false)
    private ApprovalMode newMode;

    @Column(name = "old_notify", nullable = false)
    private boolean oldNotify;

    @Column(name = "new_notify", nullable = false)
    private boolean newNotify;

    @Column(name = "changed_by", length = ACTOR_MAX, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ApprovalSettingChange() {
        // for JPA
    }

    ApprovalSettingChange(AccountType type, ApprovalMode oldMode, ApprovalMode newMode, boolean oldNotify,
            boolean newNotify, String changedBy, Instant changedAt) {
        this.type = Objects.requireNonNull(type);
        this.oldMode = Objects.requireNonNull(oldMode);
        this.newMode = Objects.requireNonNull(newMode);
        this.oldNotify = oldNotify;
        this.newNotify = newNotify;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() {
        return id;
    }

    public AccountType getType() {
        return type;
    }

    public ApprovalMode getOldMode() {
        return oldMode;
    }

    public ApprovalMode getNewMode() {
        return newMode;
    }

    public boolean isOldNotify() {
        return oldNotify;
    }

    public boolean isNewNotify() {
        return newNotify;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
