package jp.mypage.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static CourseTerms terms(Integer accessDays) {
        return new CourseTerms("ビジネスマナー研修", "説明", new BigDecimal("10000"), 10, accessDays,
                CancellationPolicy.standard().tiers());
    }

    static Course live(DeliveryType type) {
        Course course = new Course("BM-101", type, terms(null), T0);
        course.publish(T0);
        return course;
    }

    static SessionTerms session(Instant start, String venue, String url, int capacity) {
        return new SessionTerms(start, start.plus(Duration.ofHours(7)), start.minus(Duration.ofDays(1)), venue, url, capacity);
    }

    @Test
    void aNewCourseIsNotPublishedAndPricesItsSeatWithTax() {
        Course course = new Course("BM-101", DeliveryType.IN_PERSON, terms(null), T0);
        assertFalse(course.isPublished());
        assertEquals(new BigDecimal("11000"), course.priceIncludingTax());
    }

    @Test
    void eLearningNeedsAnAccessPeriodAndLiveCoursesKeepNone() {
        assertThrows(IllegalArgumentException.class, () -> new Course("EL-1", DeliveryType.E_LEARNING, terms(null), T0));
        assertEquals(30, new Course("EL-1", DeliveryType.E_LEARNING, terms(30), T0).getAccessDays().orElseThrow());
        assertTrue(new Course("BM-1", DeliveryType.IN_PERSON, terms(30), T0).getAccessDays().isEmpty());
    }

    @Test
    void refusesACodeOfOtherCharactersAndATaxRateOtherThanTenOrEight() {
        assertThrows(IllegalArgumentException.class, () -> new Course("bm 101", DeliveryType.IN_PERSON, terms(null), T0));
        assertThrows(IllegalArgumentException.class, () -> new Course("BM-1", DeliveryType.IN_PERSON,
                new CourseTerms("t", "", BigDecimal.TEN, 5, null, List.of()), T0));
    }

    @Test
    void aSessionEndsAfterItStartsAndClosesAtItsDeadline() {
        Course course = live(DeliveryType.IN_PERSON);
        Instant start = T0.plus(Duration.ofDays(10));
        assertThrows(IllegalArgumentException.class, () -> new CourseSession(course,
                new SessionTerms(start, start.minusSeconds(1), start.minus(Duration.ofDays(1)), "会場", null, 10)));
        assertThrows(IllegalArgumentException.class, () -> new CourseSession(course,
                new SessionTerms(start, start.plus(Duration.ofHours(1)), start.plusSeconds(1), "会場", null, 10)));
        CourseSession session = new CourseSession(course, session(start, "会場", null, 10));
        session.publish(T0);
        assertTrue(session.isOpenAt(T0));
        assertFalse(session.isOpenAt(start.minus(Duration.ofHours(1))), "after the deadline");
    }

    @Test
    void anOnlineSessionNeedsAnHttpsMeetingUrlAndAnInPersonOneAVenue() {
        Instant start = T0.plus(Duration.ofDays(10));
        assertThrows(IllegalArgumentException.class,
                () -> new CourseSession(live(DeliveryType.ONLINE), session(start, null, "http://meet.example/x", 10)));
        assertThrows(IllegalArgumentException.class,
                () -> new CourseSession(live(DeliveryType.IN_PERSON), session(start, " ", null, 10)));
        assertEquals("https://meet.example/x", new CourseSession(live(DeliveryType.ONLINE),
                session(start, null, "https://meet.example/x", 10)).getMeetingUrl().orElseThrow());
    }

    @Test
    void eLearningHasNoSessionsAndACancelledSessionTakesNoApplications() {
        Course elearning = new Course("EL-1", DeliveryType.E_LEARNING, terms(30), T0);
        Instant start = T0.plus(Duration.ofDays(10));
        assertThrows(IllegalArgumentException.class, () -> new CourseSession(elearning, session(start, "会場", null, 1)));
        CourseSession session = new CourseSession(live(DeliveryType.IN_PERSON), session(start, "会場", null, 10));
        session.publish(T0);
        session.cancel(T0, "講師の体調不良");
        assertFalse(session.isOpenAt(T0));
        assertEquals(SessionStatus.CANCELLED, session.getStatus());
        assertThrows(IllegalStateException.class, () -> session.publish(T0));
    }
}
