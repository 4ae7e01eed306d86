package jp.mypage.linking;

import java.io.Serializable;
import java.time.Instant;

/** A learner's link or pending request, as 登録情報設定 shows it: the company and since when. */
public record LinkSummary(String corporateName, String corporateEmail, Instant since) implements Serializable {
}
