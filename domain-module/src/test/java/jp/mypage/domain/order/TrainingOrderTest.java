package jp.mypage.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.account.Profile;
import jp.mypage.domain.training.CancellationPolicy;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.CourseTerms;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.domain.training.SessionTerms;
import org.junit.jupiter.api.Test;

class TrainingOrderTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static long nextId = 1;

    private static Account account(AccountType type) {
        Profile.Builder profile = Profile.builder().personName("山田 太郎").personNameKana("ヤマダ タロウ").phone("0312345678");
        if (type == AccountType.CORPORATE) {
            profile.organizationName("株式会社研修").organizationNameKana("カブシキガイシャ ケンシュウ").department("人事部")
                    .postalCode("100-0001").address("東京都千代田区");
        }
        Account account = Account.signUp(type, EmailAddress.of("a" + nextId + "@example.jp"), "hash", profile.build(),
                Locale.JAPANESE, T0);
        setId(account, Account.class, nextId++);
        return account;
    }

    private static <T> void setId(T entity, Class<T> type, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Course course(DeliveryType type) {
        Course course = new Course("BM-101", type, new CourseTerms("研修", "", new BigDecimal("10000"), 10,
                type == DeliveryType.E_LEARNING ? 30 : null, CancellationPolicy.standard().tiers()), T0);
        setId(course, Course.class, nextId++);
        return course;
    }

    private static CourseSession session(Course course) {
        Instant start = T0.plus(Duration.ofDays(10));
        CourseSession session = new CourseSession(course, new SessionTerms(start, start.plus(Duration.ofHours(7)),
                start.minus(Duration.ofDays(1)), "会場", null, 10));
        setId(session, CourseSession.class, nextId++);
        return session;
    }

    private static TrainingOrder corporateOrder(int seats) {
        Course course = course(DeliveryType.IN_PERSON);
        return new TrainingOrder(account(AccountType.CORPORATE), course, session(course), seats, PaymentMethod.INVOICE,
                "key", T0);
    }

    @Test
    void aPersonalAccountBuysExactlyOneSeat() {
        Course course = course(DeliveryType.E_LEARNING);
        assertThrows(IllegalArgumentException.class, () -> new TrainingOrder(account(AccountType.PERSONAL), course, null,
                2, PaymentMethod.INVOICE, "key", T0));
        TrainingOrder order = new TrainingOrder(account(AccountType.PERSONAL), course, null, 1, PaymentMethod.INVOICE, "key", T0);
        assertEquals(new BigDecimal("10000"), order.getNetAmount());
        assertEquals(new BigDecimal("11000"), order.total());
    }

    @Test
    void aLiveCourseIsBoughtPerSessionAndELearningWithout() {
        Course live = course(DeliveryType.IN_PERSON);
        Account company = account(AccountType.CORPORATE);
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingOrder(company, live, null, 1, PaymentMethod.INVOICE, "key", T0));
        Course other = course(DeliveryType.IN_PERSON);
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingOrder(company, live, session(other), 1, PaymentMethod.INVOICE, "key", T0));
    }

    @Test
    void aSeatIsHeldByAPersonalAccountNeverByACompany() {
        TrainingOrder order = corporateOrder(2);
        Seat seat = order.getSeats().get(0);
        assertThrows(IllegalArgumentException.class, () -> seat.assign(account(AccountType.CORPORATE), "test", T0));
        SeatChange first = seat.assign(account(AccountType.PERSONAL), "test", T0);
        assertEquals(SeatChangeType.ASSIGNED, first.getType());
        SeatChange second = seat.assign(account(AccountType.PERSONAL), "test", T0);
        assertEquals(SeatChangeType.REASSIGNED, second.getType());
        assertEquals(first.getToLearnerId(), second.getFromLearnerId(), "the change names who had it");
    }

    @Test
    void aUsedSeatKeepsItsLearner() {
        Seat seat = corporateOrder(1).getSeats().get(0);
        seat.assign(account(AccountType.PERSONAL), "test", T0);
        seat.markUsed(T0);
        assertThrows(IllegalStateException.class, () -> seat.assign(account(AccountType.PERSONAL), "test", T0));
    }

    @Test
    void aCancelledSeatCostsItsFeeAndTheOrderIsCancelledWhenNoSeatIsLeft() {
        TrainingOrder order = corporateOrder(2);
        order.getSeats().get(0).cancel(50, "test", T0);
        order.recalculate();
        assertEquals(new BigDecimal("15000"), order.getNetAmount(), "one seat and half a seat");
        assertEquals(new BigDecimal("1500"), order.tax());
        assertEquals(OrderStatus.APPLIED, order.getStatus());
        order.getSeats().get(1).cancel(0, "test", T0);
        order.recalculate();
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(new BigDecimal("5000"), order.getNetAmount(), "the fee stays due");
        assertEquals(PaymentStatus.UNPAID, order.getPaymentStatus());
    }

    @Test
    void aCancelledSessionReleasesEverySeatAndNothingIsDue() {
        TrainingOrder order = corporateOrder(3);
        order.getSeats().forEach(seat -> seat.release("operator:1", T0));
        order.recalculate();
        assertEquals(OrderStatus.SESSION_CANCELLED, order.getStatus());
        assertEquals(PaymentStatus.NOTHING_DUE, order.getPaymentStatus());
        assertTrue(order.getNetAmount().signum() == 0);
    }

    @Test
    void paymentIsRecordedOnceAndOnlyWhenDue() {
        TrainingOrder order = corporateOrder(1);
        order.recordPayment("operator:1", T0);
        assertEquals(PaymentStatus.PAID, order.getPaymentStatus());
        assertThrows(IllegalStateException.class, () -> order.recordPayment("operator:1", T0));
    }
}
