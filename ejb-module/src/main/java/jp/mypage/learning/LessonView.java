package jp.mypage.learning;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.learning.LessonKind;

/** A lesson as the operators' 研修管理 lists it. */
public record LessonView(long id, long version, int position, String title, LessonKind kind, String fileName,
        long sizeBytes, Instant createdAt) implements Serializable {
}
