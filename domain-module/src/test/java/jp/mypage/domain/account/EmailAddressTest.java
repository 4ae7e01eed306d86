package jp.mypage.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void comparesIgnoringCaseAndSurroundingSpaces() {
        assertEquals(EmailAddress.of("taro@example.jp"), EmailAddress.of("  Taro@EXAMPLE.jp "),
                "case and stray spaces do not make another address");
    }

    @Test
    void turnsFullWidthCharactersTypedOnAJapaneseKeyboardIntoAscii() {
        assertEquals("taro@example.jp", EmailAddress.of("ｔａｒｏ＠ｅｘａｍｐｌｅ.ｊｐ").value());
    }

    @Test
    void refusesTextThatIsNotAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("taro"));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("taro@localhost"));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("ta ro@example.jp"));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(null));
        assertFalse(EmailAddress.isValid("a".repeat(250) + "@x.jp"), "longer than 254 characters");
    }
}
