package jp.mypage.operator;

import java.io.Serializable;
import jp.mypage.domain.operator.Operator;

/** A signed-in operator: what the session keeps. */
public record OperatorIdentity(long id, String name, String email) implements Serializable {

    /** {@code operator:<id>}: the caller principal name, and the actor of every change they make. */
    public String principalName() {
        return Operator.PRINCIPAL_PREFIX + id;
    }

    static OperatorIdentity of(Operator operator) {
        return new OperatorIdentity(operator.getId(), operator.getName(), operator.getEmail().value());
    }
}
