package jp.mypage.operator;

import java.time.Instant;
import java.util.Optional;

/** One line of the operator list. {@code locked} says whether wrong passwords lock it right now. */
public record OperatorSummary(long id, String name, String email, Instant createdAt, String createdBy,
        Optional<Instant> lastLoginAt, boolean locked) {
}
