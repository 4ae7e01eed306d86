package jp.mypage.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {

    @Test
    void aNewCodeIsSixteenCharactersOfCrockfordBase32AndRandom() {
        String code = CertificateIssuer.newCode();
        assertEquals(16, code.length());
        assertTrue(code.chars().allMatch(c -> CertificateIssuer.ALPHABET.indexOf(c) >= 0), code);
        assertNotEquals(code, CertificateIssuer.newCode());
    }

    @Test
    void aTypedCodeIgnoresCaseSpacesHyphensAndLookAlikes() {
        assertEquals(Optional.of("0123456789ABCDEF"), CertificateIssuer.normalise(" o123-4567 89ab-cdef "));
        assertEquals(Optional.of("1111222233334444"), CertificateIssuer.normalise("iIlL-2222-3333-4444"));
        assertEquals("ABCD-EFGH-JKMN-PQRS", CertificateIssuer.grouped("ABCDEFGHJKMNPQRS"));
    }

    @Test
    void aMalformedCodeIsNoCode() {
        assertTrue(CertificateIssuer.normalise(null).isEmpty());
        assertTrue(CertificateIssuer.normalise("ABCD").isEmpty());
        assertTrue(CertificateIssuer.normalise("ABCD-EFGH-JKMN-PQRU").isEmpty(), "U is not in the alphabet");
        assertTrue(CertificateIssuer.normalise("' OR 1=1 --").isEmpty());
    }
}
