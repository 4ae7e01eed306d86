package jp.mypage.linking;

import java.io.Serializable;
import java.time.Instant;

/** One row of 連携者一覧. */
public record LinkedLearner(String name, String nameKana, String email, Instant linkedAt) implements Serializable {
}
