package jp.mypage.linking;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of 連携者一覧 or of the company's link requests; {@code since} is when the learner was
 * linked, or when they asked. {@code learnerId} is the personal account, for naming seats.
 */
public record LinkedLearner(long linkId, long learnerId, String name, String nameKana, String email, Instant since)
        implements Serializable {
}
