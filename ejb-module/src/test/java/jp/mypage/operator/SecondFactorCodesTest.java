package jp.mypage.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SecondFactorCodesTest {

    /** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final SecondFactorCodes codes = new SecondFactorCodes();

    @Test
    void codesAreThoseOfRfc6238() {
        // the RFC's 8-digit values, of which an authenticator app shows the last 6
        assertEquals("287082", codes.codeAt(RFC_SECRET, SecondFactorCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", codes.codeAt(RFC_SECRET, SecondFactorCodes.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", codes.codeAt(RFC_SECRET, SecondFactorCodes.stepAt(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", codes.codeAt(RFC_SECRET, SecondFactorCodes.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", codes.codeAt(RFC_SECRET, SecondFactorCodes.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeMatchesItsStepAndTheOnesEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = SecondFactorCodes.stepAt(now);
        for (long offset = -1; offset <= 1; offset++) {
            String code = codes.codeAt(RFC_SECRET, step + offset);
            assertEquals(OptionalLong.of(step + offset), codes.matchingStep(RFC_SECRET, code, now), "step " + offset);
        }
        for (long offset : new long[] {-3, -2, 2, 3}) {
            String code = codes.codeAt(RFC_SECRET, step + offset);
            boolean alsoNear = List.of(-1L, 0L, 1L).stream().anyMatch(o -> codes.codeAt(RFC_SECRET, step + o).equals(code));
            if (!alsoNear) {
                assertEquals(OptionalLong.empty(), codes.matchingStep(RFC_SECRET, code, now), "step " + offset + " is too far");
            }
        }
    }

    @Test
    void aCodeIsReadAsTyped() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = SecondFactorCodes.stepAt(now);
        assertEquals(OptionalLong.of(step), codes.matchingStep(RFC_SECRET, " 005 924 ", now), "spaces");
        assertEquals(OptionalLong.of(step), codes.matchingStep(RFC_SECRET, "００５９２４", now), "full-width digits of an IME");
        assertEquals(OptionalLong.empty(), codes.matchingStep(RFC_SECRET, "05924", now), "too short");
        assertEquals(OptionalLong.empty(), codes.matchingStep(RFC_SECRET, "0059245", now), "too long");
        assertEquals(OptionalLong.empty(), codes.matchingStep(RFC_SECRET, "00592a", now));
        assertEquals(OptionalLong.empty(), codes.matchingStep(RFC_SECRET, null, now));
    }

    @Test
    void secretsAreNewAndLongEnough() {
        String one = codes.newSecret();
        assertTrue(one.matches("[A-Z2-7]{32}"), "32 Base32 characters (160 bits): " + one);
        assertNotEquals(one, codes.newSecret());
    }

    @Test
    void recoveryCodesAreTenDifferentAndKeptAsTheirHashWhateverTheWayTheyAreTyped() {
        List<String> made = codes.newRecoveryCodes();
        assertEquals(10, made.size());
        assertEquals(10, new HashSet<>(made).size());
        String code = made.get(0);
        assertTrue(code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"), code);
        assertTrue(SecondFactorCodes.looksLikeRecoveryCode(code));
        assertFalse(SecondFactorCodes.looksLikeRecoveryCode("123456"), "an authenticator code is no recovery code");
        String hash = SecondFactorCodes.recoveryCodeHash(code);
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertEquals(hash, SecondFactorCodes.recoveryCodeHash(code.toUpperCase().replace("-", " ")));
        assertEquals(hash, SecondFactorCodes.recoveryCodeHash(code.replace("-", "")));
        String fullWidth = code.chars().mapToObj(c -> c == '-' ? "ー" : String.valueOf((char) (c + 0xFEE0)))
                .reduce("", String::concat);
        assertEquals(hash, SecondFactorCodes.recoveryCodeHash(fullWidth), "typed with a Japanese IME on: " + fullWidth);
        assertNotEquals(hash, SecondFactorCodes.recoveryCodeHash(made.get(1)));
    }

    @Test
    void theEnrolmentUriAndQrCodeAreWhatAnAppReads() {
        String uri = codes.enrolmentUri(RFC_SECRET, "マイページ運営", "運営者 7");
        assertTrue(uri.startsWith("otpauth://totp/"), uri);
        assertTrue(uri.contains("secret=" + RFC_SECRET), uri);
        assertTrue(uri.contains("digits=6") && uri.contains("period=30") && uri.contains("algorithm=SHA1"), uri);
        assertFalse(uri.contains("マイページ"), "the issuer is URL-encoded: " + uri);
        String svg = codes.qrSvg(uri);
        assertTrue(svg.startsWith("<svg ") && svg.endsWith("</svg>"), svg.substring(0, 80));
        assertTrue(svg.contains("viewBox=\"0 0 ") && svg.contains("<path fill=\"#000\" d=\"M"), "dark modules drawn");
        assertFalse(svg.contains(RFC_SECRET), "the secret is in the modules only, not in the markup as text");
    }
}
