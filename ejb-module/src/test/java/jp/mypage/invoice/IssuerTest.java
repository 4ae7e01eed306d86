package jp.mypage.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerTest {

    private static Issuer issuer(String registrationNumber) {
        return new Issuer("株式会社テスト研修", registrationNumber, "東京都港区1-2-3", "03-1111-2222", null);
    }

    @Test
    void acceptsTFollowedByThirteenDigits() {
        assertEquals("T1000000000001", issuer(" T1000000000001 ").registrationNumber(), "stripped, otherwise as given");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890123", "T123456789012", "T12345678901234", "t1234567890123",
            "T123456789012X", "T 1234567890123", "T１２３４５６７８９０１２３", "TT1234567890123"})
    void refusesRegistrationNumberThatIsNotTAndThirteenDigits(String registrationNumber) {
        assertThrows(IllegalArgumentException.class, () -> issuer(registrationNumber),
                "refuses registration number '" + registrationNumber + "'");
    }

    @Test
    void refusesMissingRegistrationNumber() {
        assertThrows(NullPointerException.class, () -> issuer(null));
    }

    @Test
    void blankBankAccountIsEmpty() {
        assertEquals("", issuer("T1000000000001").bankAccount());
    }
}
