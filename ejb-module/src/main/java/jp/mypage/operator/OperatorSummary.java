package jp.mypage.operator;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import jp.mypage.domain.support.RecordSerialForm;

/**
 * One line of the operator list. {@code locked} says whether wrong passwords lock it right now;
 * {@code active}, whether it is not stopped (停止); {@code secondFactor}, whether an authenticator
 * app is enrolled (2段階認証).
 */
public record OperatorSummary(long id, String name, String email, Instant createdAt, String createdBy,
        Optional<Instant> lastLoginAt, boolean locked, boolean active,
        boolean secondFactor) implements Serializable {

    /** Optional does not serialise: the record travels as its values (a page holds it in its view). */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

}
