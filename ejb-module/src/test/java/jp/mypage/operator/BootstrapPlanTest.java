package jp.mypage.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.mypage.operator.BootstrapPlan.Outcome;
import jp.mypage.password.PasswordProblem;
import jp.mypage.password.TestPolicies;
import org.junit.jupiter.api.Test;

class BootstrapPlanTest {

    private static final String STRONG = "correct horse battery staple";
    private static final BiFunction<String, String, Optional<PasswordProblem>> CHECK = TestPolicies.standard()::problemWith;
    private static final Function<String, String> NONE = key -> null;

    private static Function<String, String> of(Map<String, String> values) {
        return values::get;
    }

    @Test
    void doesNothingWhenOperatorsExist() {
        BootstrapPlan plan = BootstrapPlan.decide(1, of(Map.of("ADMIN_EMAIL", "a@example.jp", "ADMIN_PASSWORD", STRONG)),
                NONE, CHECK);
        assertEquals(Outcome.NOTHING, plan.outcome(), "an existing operator is never replaced");
    }

    @Test
    void warnsWhenNothingIsSet() {
        assertEquals(Outcome.MISSING_SETTINGS, BootstrapPlan.decide(0, NONE, NONE, CHECK).outcome());
    }

    @Test
    void warnsWhenOnlyTheEmailIsSet() {
        assertEquals(Outcome.MISSING_SETTINGS,
                BootstrapPlan.decide(0, NONE, of(Map.of("ADMIN_EMAIL", "a@example.jp")), CHECK).outcome(),
                "there is no default password");
    }

    @Test
    void createsFromTheEnvironmentWithTheDefaultName() {
        BootstrapPlan plan = BootstrapPlan.decide(0, NONE,
                of(Map.of("ADMIN_EMAIL", " Admin@Example.JP ", "ADMIN_PASSWORD", STRONG)), CHECK);
        assertEquals(Outcome.CREATE, plan.outcome());
        assertEquals("admin@example.jp", plan.email(), "the address is normalised");
        assertEquals("管理者", plan.name());
        assertEquals(STRONG, plan.password());
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        BootstrapPlan plan = BootstrapPlan.decide(0,
                of(Map.of("ADMIN_EMAIL", "prop@example.jp", "ADMIN_NAME", "運営 太郎")),
                of(Map.of("ADMIN_EMAIL", "env@example.jp", "ADMIN_PASSWORD", STRONG, "ADMIN_NAME", "env")), CHECK);
        assertEquals(Outcome.CREATE, plan.outcome());
        assertEquals("prop@example.jp", plan.email());
        assertEquals("運営 太郎", plan.name());
    }

    @Test
    void aBlankSystemPropertyFallsBackToTheEnvironment() {
        BootstrapPlan plan = BootstrapPlan.decide(0, of(Map.of("ADMIN_EMAIL", " ")),
                of(Map.of("ADMIN_EMAIL", "env@example.jp", "ADMIN_PASSWORD", STRONG)), CHECK);
        assertEquals("env@example.jp", plan.email());
    }

    @Test
    void refusesAWeakPasswordAndCreatesNothing() {
        BootstrapPlan plan = BootstrapPlan.decide(0, NONE,
                of(Map.of("ADMIN_EMAIL", "a@example.jp", "ADMIN_PASSWORD", "short")), CHECK);
        assertEquals(Outcome.WEAK_PASSWORD, plan.outcome());
        assertEquals(PasswordProblem.TOO_SHORT, plan.problem());
        assertNull(plan.password(), "a refused password is not kept");
    }

    @Test
    void refusesThePasswordEqualToTheAddress() {
        BootstrapPlan plan = BootstrapPlan.decide(0, NONE,
                of(Map.of("ADMIN_EMAIL", "administrator@example.jp", "ADMIN_PASSWORD", "administrator@example.jp")), CHECK);
        assertEquals(Outcome.WEAK_PASSWORD, plan.outcome());
    }

    @Test
    void refusesAnInvalidAddress() {
        assertEquals(Outcome.INVALID_EMAIL, BootstrapPlan.decide(0, NONE,
                of(Map.of("ADMIN_EMAIL", "admin", "ADMIN_PASSWORD", STRONG)), CHECK).outcome());
    }

    @Test
    void neverShowsThePassword() {
        BootstrapPlan plan = BootstrapPlan.decide(0, NONE,
                of(Map.of("ADMIN_EMAIL", "a@example.jp", "ADMIN_PASSWORD", STRONG)), CHECK);
        assertFalse(plan.toString().contains(STRONG), "the plan's text has no password: " + plan);
    }
}
