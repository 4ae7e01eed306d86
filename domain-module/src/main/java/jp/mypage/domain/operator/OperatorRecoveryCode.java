package jp.mypage.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recovery code of an operator's 2段階認証, shown once at enrolment: it signs the operator in
 * once instead of an authenticator code (a lost phone). Only its SHA-256 hash is kept; each code has
 * 80 random bits, so no salt or slow hash is needed against guessing it from the hash.
 */
@Entity
@Table(name = "operator_recovery_code")
@NamedQuery(name = OperatorRecoveryCode.UNUSED, query = "select c from OperatorRecoveryCode c"
        + " where c.operatorId = :operatorId and c.codeHash = :codeHash and c.usedAt is null")
@NamedQuery(name = OperatorRecoveryCode.COUNT_UNUSED, query = "select count(c) from OperatorRecoveryCode c"
        + " where c.operatorId = :operatorId and c.usedAt is null")
@NamedQuery(name = OperatorRecoveryCode.DELETE_ALL, query = "delete from OperatorRecoveryCode c"
        + " where c.operatorId = :operatorId")
public class OperatorRecoveryCode {

    public static final String UNUSED = "OperatorRecoveryCode.unused";
    public static final String COUNT_UNUSED = "OperatorRecoveryCode.countUnused";
    public static final String DELETE_ALL = "OperatorRecoveryCode.deleteAll";
    public static final int HASH_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_recovery_code_seq")
    @SequenceGenerator(name = "operator_recovery_code_seq", sequenceName = "operator_recovery_code_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Column(name = "code_hash", length = HASH_LENGTH, nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OperatorRecoveryCode() {
        // for JPA
    }

    /** @param codeHash the hex SHA-256 of the code as the operator types it (normalised) */
    public OperatorRecoveryCode(long operatorId, String codeHash) {
        if (codeHash == null || !codeHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("codeHash must be a hex SHA-256");
        }
        this.operatorId = operatorId;
        this.codeHash = codeHash;
    }

    /** Uses the code up: it signs nobody in again. */
    public void use(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("recovery code " + id + " is used");
        }
        usedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getOperatorId() {
        return operatorId;
    }

    public Optional<Instant> getUsedAt() {
        return Optional.ofNullable(usedAt);
    }
}
