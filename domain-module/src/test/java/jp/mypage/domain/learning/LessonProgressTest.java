package jp.mypage.domain.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LessonProgressTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void playingTheWholeVideoCompletesTheLessonOnce() {
        LessonProgress progress = new LessonProgress(1, 2, T0);
        assertTrue(progress.played(0, 100, 100, 100, T0.plusSeconds(100)), "100 s of a 100 s video");
        assertEquals(100, progress.getPercent());
        assertFalse(progress.played(0, 100, 100, 100, T0.plusSeconds(300)), "completes only once");
    }

    @Test
    void seekingToTheEndWatchesNothing() {
        LessonProgress progress = new LessonProgress(1, 2, T0);
        progress.resumeAt(95, T0.plusSeconds(1));
        progress.played(95, 100, 100, 100, T0.plusSeconds(6));
        assertEquals(5, progress.getPercent(), "only the last 5 s were played");
        assertFalse(progress.isCompleted());
    }

    @Test
    void aForgedStretchLongerThanTheTimeThatPassedCountsOnlyWhatCouldHaveBeenPlayed() {
        LessonProgress progress = new LessonProgress(1, 2, T0);
        progress.played(0, 600, 600, 600, T0.plusSeconds(20));
        assertEquals(50 * 100 / 600, progress.getPercent(), "20 s at double speed + 10 s slack = 50 s of 600 s");
        assertFalse(progress.isCompleted());
    }

    @Test
    void ninetyPercentCompletesAndStretchesAddUp() {
        LessonProgress progress = new LessonProgress(1, 2, T0);
        assertFalse(progress.played(0, 45, 100, 45, T0.plusSeconds(45)));
        assertTrue(progress.played(45, 90, 100, 90, T0.plusSeconds(90)));
        assertEquals(90, progress.getPercent());
        assertEquals(90, progress.getResumeSeconds(), "resumes where it stopped");
    }

    @Test
    void aPdfReadIsComplete() {
        LessonProgress progress = new LessonProgress(1, 2, T0);
        assertTrue(progress.read(T0.plusSeconds(5)));
        assertEquals(100, progress.getPercent());
    }

    @Test
    void refusesAStretchThatIsNoStretch() {
        LessonProgress progress = new LessonProgress(1, 2, T0);
        assertThrows(IllegalArgumentException.class, () -> progress.played(10, 5, 100, 5, T0));
        assertThrows(IllegalArgumentException.class, () -> progress.played(0, 5, 0, 5, T0));
        assertThrows(IllegalArgumentException.class, () -> progress.played(0, 5, Double.NaN, 5, T0));
    }
}
