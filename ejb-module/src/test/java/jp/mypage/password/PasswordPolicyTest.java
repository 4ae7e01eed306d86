package jp.mypage.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static PasswordPolicy policy;

    @BeforeAll
    static void loadPackagedList() {
        CommonPasswords common = new CommonPasswords();
        common.load();
        policy = new PasswordPolicy(12, common);
    }

    @Test
    void acceptsALongUncommonPassphraseWithoutCompositionRules() {
        assertEquals(Optional.empty(), policy.problemWith("kasumi gaseki hikari", "taro@example.jp"));
        assertEquals(Optional.empty(), policy.problemWith("かすみがせきのひかりです", null), "12 Japanese characters count as 12");
    }

    @Test
    void refusesShortLongCommonAndEmailPasswordsWithTheirReason() {
        assertEquals(Optional.of(PasswordProblem.TOO_SHORT), policy.problemWith("short pass", null));
        assertEquals(Optional.of(PasswordProblem.TOO_LONG), policy.problemWith("x".repeat(129), null));
        assertEquals(Optional.of(PasswordProblem.COMMON), policy.problemWith("Password1234", null));
        assertEquals(Optional.of(PasswordProblem.COMMON), policy.problemWith("qwertyuiopasdfgh", null));
        assertEquals(Optional.of(PasswordProblem.SAME_AS_EMAIL), policy.problemWith("Taro@Example.jp", "taro@example.jp"));
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertEquals(Optional.empty(), policy.problemWith("a long passphrase ".repeat(4).substring(0, 64), null));
    }

    @Test
    void neverGoesBelowEightEvenIfConfiguredLower() {
        CommonPasswords common = new CommonPasswords();
        common.load();
        assertEquals(8, new PasswordPolicy(4, common).minLength());
        assertThrows(WeakPasswordException.class, () -> policy.require("tiny", null));
    }
}
