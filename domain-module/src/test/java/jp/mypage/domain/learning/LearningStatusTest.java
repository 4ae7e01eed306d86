package jp.mypage.domain.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LearningStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void anUnfinishedSeatWhoseAccessEndedShowsExpired() {
        assertEquals(LearningStatus.EXPIRED, LearningStatus.NOT_STARTED.shown(NOW, NOW));
        assertEquals(LearningStatus.EXPIRED, LearningStatus.IN_PROGRESS.shown(NOW.minusSeconds(1), NOW));
        assertEquals(LearningStatus.IN_PROGRESS, LearningStatus.IN_PROGRESS.shown(NOW.plusSeconds(1), NOW));
    }

    @Test
    void completedAndAbsentStayWhatTheyAre() {
        assertEquals(LearningStatus.COMPLETED, LearningStatus.COMPLETED.shown(NOW.minusSeconds(1), NOW));
        assertEquals(LearningStatus.ABSENT, LearningStatus.ABSENT.shown(null, NOW));
        assertEquals(LearningStatus.NOT_STARTED, LearningStatus.NOT_STARTED.shown(null, NOW), "a live seat has no access end");
    }
}
