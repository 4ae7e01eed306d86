package jp.mypage.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A TOTP time step whose code an operator signed in with: a code is accepted for one login (RFC 6238
 * §5.2), so one read over a shoulder does not sign anybody in again; the same login posting it twice
 * (a double click) is the one login. Steps older than the
 * codes still accepted are deleted as new ones come.
 */
@Entity
@Table(name = "operator_used_code")
@IdClass(OperatorUsedCode.Key.class)
@NamedQuery(name = OperatorUsedCode.ATTEMPT, query = "select u.attempt from OperatorUsedCode u"
        + " where u.operatorId = :operatorId and u.step = :step")
@NamedQuery(name = OperatorUsedCode.DELETE_BEFORE, query = "delete from OperatorUsedCode u"
        + " where u.operatorId = :operatorId and u.step < :step")
@NamedQuery(name = OperatorUsedCode.DELETE_ALL, query = "delete from OperatorUsedCode u where u.operatorId = :operatorId")
public class OperatorUsedCode {

    /** The login that used the code of {@code :step}, if one did. */
    public static final String ATTEMPT = "OperatorUsedCode.attempt";
    public static final int ATTEMPT_MAX = 36;
    public static final String DELETE_BEFORE = "OperatorUsedCode.deleteBefore";
    public static final String DELETE_ALL = "OperatorUsedCode.deleteAll";

    @Id
    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Id
    @Column(name = "step", nullable = false, updatable = false)
    private long step;

    @Column(name = "attempt", length = ATTEMPT_MAX, nullable = false, updatable = false)
    private String attempt;

    protected OperatorUsedCode() {
        // for JPA
    }

    /** @param attempt the login that used the code (its id: a second post of the same login passes) */
    public OperatorUsedCode(long operatorId, long step, String attempt) {
        if (attempt == null || attempt.isBlank() || attempt.length() > ATTEMPT_MAX) {
            throw new IllegalArgumentException("attempt must have 1 to " + ATTEMPT_MAX + " characters");
        }
        this.operatorId = operatorId;
        this.step = step;
        this.attempt = attempt;
    }

    public String getAttempt() {
        return attempt;
    }

    public long getOperatorId() {
        return operatorId;
    }

    public long getStep() {
        return step;
    }

    /** The primary key: operator and step (a plain class: the provider sets its fields). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long operatorId;
        private long step;

        public Key() {
            // for JPA
        }

        public Key(long operatorId, long step) {
            this.operatorId = operatorId;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.operatorId == operatorId && key.step == step;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(operatorId) * 31 + Long.hashCode(step);
        }
    }
}
