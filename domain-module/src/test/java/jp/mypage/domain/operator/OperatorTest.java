package jp.mypage.domain.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.domain.account.EmailAddress;
import org.junit.jupiter.api.Test;

class OperatorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    private static Operator operator() {
        return new Operator(EmailAddress.of(" Admin@Example.JP "), "管理者", "hash", T0, "bootstrap");
    }

    @Test
    void storesTheAddressNormalised() {
        assertEquals("admin@example.jp", operator().getEmail().value());
    }

    @Test
    void refusesABlankNameOrHash() {
        EmailAddress email = EmailAddress.of("a@example.jp");
        assertThrows(IllegalArgumentException.class, () -> new Operator(email, " ", "hash", T0, "bootstrap"));
        assertThrows(IllegalArgumentException.class, () -> new Operator(email, "名前", "", T0, "bootstrap"));
        assertThrows(IllegalArgumentException.class,
                () -> new Operator(email, "x".repeat(Operator.NAME_MAX + 1), "hash", T0, "bootstrap"));
    }

    @Test
    void principalNamesRoundTrip() {
        assertEquals(Optional.of(12L), Operator.idOf("operator:12"));
        assertEquals(Optional.empty(), Operator.idOf("12"), "an account holder's principal is no operator");
        assertEquals(Optional.empty(), Operator.idOf("operator:x"));
        assertEquals(Optional.empty(), Operator.idOf(null));
    }

    @Test
    void wrongPasswordsLockAsForAccounts() {
        Operator operator = operator();
        operator.loginFailed(T0);
        operator.loginFailed(T0);
        assertFalse(operator.isLockedAt(T0), "two failures cost nothing");
        operator.loginFailed(T0);
        assertTrue(operator.isLockedAt(T0.plusSeconds(29)), "the third locks for 30 s");
        assertThrows(IllegalStateException.class, () -> operator.loginSucceeded(T0.plusSeconds(1), Locale.JAPANESE));
        operator.loginSucceeded(T0.plusSeconds(30), Locale.JAPANESE);
        assertEquals(0, operator.getFailedLogins(), "a login clears the count");
        assertEquals(T0.plusSeconds(30), operator.getLastLoginAt().orElseThrow());
    }

    @Test
    void aStoppedOperatorCannotLogInUntilStartedAgainAndMailsFollowTheLastLoginsLanguage() {
        Operator operator = operator();
        assertEquals(Locale.JAPANESE, operator.getLocale(), "Japanese until a login says otherwise");
        operator.loginSucceeded(T0, Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, operator.getLocale());

        operator.deactivate(T0.plusSeconds(60), "operator:7");
        assertFalse(operator.isActive());
        assertEquals(Optional.of("operator:7"), operator.getDeactivatedBy());
        assertThrows(IllegalStateException.class, () -> operator.loginSucceeded(T0.plusSeconds(61), Locale.JAPANESE));
        operator.deactivate(T0.plusSeconds(120), "operator:8");
        assertEquals(Optional.of(T0.plusSeconds(60)), operator.getDeactivatedAt(), "stopping again keeps the first stop");

        assertEquals(Optional.of(T0.plusSeconds(60)), operator.getSessionsValidAfter(), "sessions before the stop end");

        operator.reactivate();
        assertTrue(operator.isActive());
        assertEquals(Optional.of(T0.plusSeconds(60)), operator.getSessionsValidAfter(), "and stay ended after 再開");
        operator.loginSucceeded(T0.plusSeconds(180), Locale.JAPANESE);
        assertEquals(Locale.JAPANESE, operator.getLocale());
    }

    @Test
    void startingAnActiveOperatorLeavesTheirLockAlone() {
        Operator operator = operator();
        operator.loginFailed(T0);
        operator.loginFailed(T0);
        operator.loginFailed(T0);
        operator.reactivate();
        assertTrue(operator.isLockedAt(T0.plusSeconds(1)), "再開 is no way to lift another operator's lock");
    }

    @Test
    void aLoginRecordCutsWhatWasTypedToItsColumns() {
        OperatorLogin login = new OperatorLogin(T0, " " + "a".repeat(300) + " ", null, "x".repeat(100),
                OperatorLogin.Outcome.UNKNOWN_EMAIL);
        assertEquals(OperatorLogin.EMAIL_MAX, login.getEmail().length());
        assertEquals(OperatorLogin.SOURCE_MAX, login.getSource().length());
        assertEquals(Optional.empty(), login.getOperatorId());
    }

    @Test
    void enrolsOneSecondFactorAndAResetForgetsItAndEndsTheSessions() {
        Operator operator = operator();
        assertFalse(operator.hasSecondFactor(), "a new operator enrols an app at their first login");
        operator.enrollSecondFactor("JBSWY3DPEHPK3PXP", T0.plusSeconds(5));
        assertTrue(operator.hasSecondFactor());
        assertEquals(Optional.of("JBSWY3DPEHPK3PXP"), operator.getTotpSecret());
        assertEquals(Optional.of(T0.plusSeconds(5)), operator.getTotpEnrolledAt());
        assertThrows(IllegalStateException.class, () -> operator.enrollSecondFactor("KRSXG5CTMVRXEZLU", T0.plusSeconds(6)),
                "a second tab's enrolment does not replace the first");
        assertEquals(Optional.of("JBSWY3DPEHPK3PXP"), operator.getTotpSecret());

        operator.resetSecondFactor(T0.plusSeconds(60));
        assertFalse(operator.hasSecondFactor());
        assertEquals(Optional.empty(), operator.getTotpSecret());
        assertEquals(Optional.of(T0.plusSeconds(60)), operator.getSessionsValidAfter(), "their sessions end");
        operator.enrollSecondFactor("KRSXG5CTMVRXEZLU", T0.plusSeconds(90));
        assertEquals(Optional.of("KRSXG5CTMVRXEZLU"), operator.getTotpSecret(), "and they enrol a new app");
    }

    @Test
    void aRecoveryCodeIsUsedOnce() {
        OperatorRecoveryCode code = new OperatorRecoveryCode(7, "a".repeat(64));
        code.use(T0);
        assertEquals(Optional.of(T0), code.getUsedAt());
        assertThrows(IllegalStateException.class, () -> code.use(T0.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new OperatorRecoveryCode(7, "not a hash"),
                "only a hash is kept, never the code");
    }
}
