package jp.mypage.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import jp.mypage.domain.account.AccountType;

/**
 * The approval mode of one account type, and whether operators are mailed when an application
 * waits for them. The migration creates one row per type; a change returns the
 * {@link ApprovalSettingChange} that records it.
 */
@Entity
@Table(name = "approval_setting")
@NamedQuery(name = ApprovalSetting.ALL, query = "select s from ApprovalSetting s order by s.type")
public class ApprovalSetting {

    public static final String ALL = "ApprovalSetting.all";

    /** The account type's name: enums are not portable primary keys in JPA. */
    @Id
    @Column(name = "account_type", length = 16)
    private String type;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_mode", length = 16, nullable = false)
    private ApprovalMode mode;

    @Column(name = "notify_operators", nullable = false)
    private boolean notifyOperators;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = ApprovalSettingChange.ACTOR_MAX, nullable = false)
    private String changedBy;

    protected ApprovalSetting() {
        // for JPA
    }

    public ApprovalSetting(AccountType type, ApprovalMode mode, boolean notifyOperators, Instant at, String by) {
        this.type = Objects.requireNonNull(type).name();
        this.mode = Objects.requireNonNull(mode);
        this.notifyOperators = notifyOperators;
        this.changedAt = Objects.requireNonNull(at);
        this.changedBy = Objects.requireNonNull(by);
    }

    /**
     * Sets the mode and the notification; records the change even when nothing differs (the
     * operator pressed save, and the record says so).
     */
    public ApprovalSettingChange change(ApprovalMode newMode, boolean newNotify, String operator, Instant at) {
        ApprovalSettingChange change = new ApprovalSettingChange(getType(), mode, Objects.requireNonNull(newMode),
                notifyOperators, newNotify, operator, at);
        this.mode = newMode;
        this.notifyOperators = newNotify;
        this.changedAt = at;
        this.changedBy = operator;
        return change;
    }

    /** Whether a confirmed account of this type waits for an operator. */
    public boolean approvalRequired() {
        return mode == ApprovalMode.MANUAL;
    }

    public AccountType getType() {
        return AccountType.valueOf(type);
    }

    public ApprovalMode getMode() {
        return mode;
    }

    public boolean isNotifyOperators() {
        return notifyOperators;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
