package jp.mypage.operator;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of ログイン記録: a console login whose password was checked. {@code operatorName} is
 * empty when the email named no operator.
 */
public record OperatorLoginRecord(long id, Instant attemptedAt, String email, String operatorName, String source,
        String outcome) implements Serializable {
}
