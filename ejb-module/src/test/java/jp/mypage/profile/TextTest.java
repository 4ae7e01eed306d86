package jp.mypage.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void fullWidthBecomesAsciiAndHalfWidthKanaFullWidth() {
        assertEquals("03-1234 taro@example.jp", Text.normalise("　０３－１２３４ ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ "));
        assertEquals("ヤマダ", Text.normalise("ﾔﾏﾀﾞ"));
        assertNull(Text.normalise(null));
    }

    @Test
    void controlCharactersGoButTabsAndLineBreaksStay() {
        assertEquals("山田", Text.normalise("山\u0000田\u001b\u007f\u0085"));
        assertEquals("一行目\r\n二行目\tです", Text.normalise("一行目\r\n二行目\tです"));
        assertEquals("", Text.normalise("\u0000"));
    }
}
