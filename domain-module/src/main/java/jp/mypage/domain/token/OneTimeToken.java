package jp.mypage.domain.token;

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

/**
 * A one-time link's stored half: the SHA-256 digest of a secret that only the mail carries.
 * Using a token is a single conditional update (see {@link #CONSUME}), so two clicks at once
 * cannot both succeed. Issuing a new token for the same purpose revokes the older ones
 * ({@link #REVOKE_OTHERS}).
 */
@Entity
@Table(name = "one_time_token")
@NamedQuery(name = OneTimeToken.FIND_BY_DIGEST,
        query = "select t from OneTimeToken t where t.digest = :digest")
@NamedQuery(name = OneTimeToken.CONSUME,
        query = "update OneTimeToken t set t.usedAt = :now"
                + " where t.id = :id and t.usedAt is null and t.revokedAt is null and t.expiresAt > :now")
@NamedQuery(name = OneTimeToken.REVOKE_OTHERS,
        query = "update OneTimeToken t set t.revokedAt = :now where t.account = :account"
                + " and t.purpose = :purpose and t.usedAt is null and t.revokedAt is null")
public class OneTimeToken {

    public static final String FIND_BY_DIGEST = "OneTimeToken.findByDigest";
    public static final String CONSUME = "OneTimeToken.consume";
    public static final String REVOKE_OTHERS = "OneTimeToken.revokeOthers";

    /** Hex-encoded SHA-256. */
    public static final int DIGEST_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_token_seq")
    @SequenceGenerator(name = "one_time_token_seq", sequenceName = "one_time_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 30, nullable = false, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "digest", length = DIGEST_LENGTH, nullable = false, updatable = false, unique = true)
    private String digest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected OneTimeToken() {
        // for JPA
    }

    public OneTimeToken(Account account, TokenPurpose purpose, String digest, Instant createdAt) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        if (digest == null || digest.length() != DIGEST_LENGTH) {
            throw new IllegalArgumentException("A token digest is " + DIGEST_LENGTH + " hex characters");
        }
        this.digest = digest;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = createdAt.plus(purpose.validity());
    }

    /** Why this token may not be used at the given instant, if it may not. */
    public Optional<TokenState> unusableReason(Instant at) {
        if (usedAt != null) {
            return Optional.of(TokenState.USED);
        }
        if (revokedAt != null) {
            return Optional.of(TokenState.REPLACED);
        }
        if (!at.isBefore(expiresAt)) {
            return Optional.of(TokenState.EXPIRED);
        }
        return Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getUsedAt() {
        return Optional.ofNullable(usedAt);
    }
}
