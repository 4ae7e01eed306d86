package jp.mypage.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CourseCompletionTest {

    @Test
    void completionRateIsWholePercentRoundedDownAndZeroWithoutSeats() {
        assertEquals(66, new CourseCompletion(1, "t", null, 3, 0, 1, 2, 0, 0).completionPercent());
        assertEquals(0, new CourseCompletion(1, "t", null, 0, 0, 0, 0, 0, 0).completionPercent());
        assertEquals(100, new CourseCompletion(1, "t", null, 4, 0, 0, 4, 0, 0).completionPercent());
    }

    @Test
    void queryNormalisesAndCutsItsTextAndSaysWhenThePeriodIsReversed() {
        HistoryQuery query = new HistoryQuery("  ＡＢＣ  ", null, "x".repeat(150), null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), null, null, false);
        assertEquals("ABC", query.learner(), "NFKC and trimmed");
        assertEquals(HistoryQuery.SEARCH_MAX, query.department().length());
        assertEquals(HistorySort.SCHEDULE, query.sort(), "newest trainings first unless sorted");
        assertEquals(true, query.periodReversed());
    }
}
