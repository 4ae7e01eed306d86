package jp.mypage.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A TOTP time step whose code an operator signed in with: a code is accepted once (RFC 6238 §5.2),
 * so one read over a shoulder or typed twice does not sign anybody in again. Steps older than the
 * codes still accepted are deleted as new ones come.
 */
@Entity
@Table(name = "operator_used_code")
@IdClass(OperatorUsedCode.Key.class)
@NamedQuery(name = OperatorUsedCode.COUNT, query = "select count(u) from OperatorUsedCode u"
        + " where u.operatorId = :operatorId and u.step = :step")
@NamedQuery(name = OperatorUsedCode.DELETE_BEFORE, query = "delete from OperatorUsedCode u"
        + " where u.operatorId = :operatorId and u.step < :step")
public class OperatorUsedCode {

    public static final String COUNT = "OperatorUsedCode.count";
    public static final String DELETE_BEFORE = "OperatorUsedCode.deleteBefore";

    @Id
    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Id
    @Column(name = "step", nullable = false, updatable = false)
    private long step;

    protected OperatorUsedCode() {
        // for JPA
    }

    public OperatorUsedCode(long operatorId, long step) {
        this.operatorId = operatorId;
        this.step = step;
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
