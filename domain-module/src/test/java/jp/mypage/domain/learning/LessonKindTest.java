package jp.mypage.domain.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LessonKindTest {

    @Test
    void sniffsPdfMp4AndWebmByTheirFirstBytes() {
        assertEquals(Optional.of("application/pdf"), LessonKind.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        assertEquals(Optional.of("video/mp4"), LessonKind.sniff(mp4));
        byte[] webm = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 0, 0};
        assertEquals(Optional.of("video/webm"), LessonKind.sniff(webm));
    }

    @Test
    void aTextFileNamedPdfIsNoLesson() {
        assertTrue(LessonKind.sniff("just text, named .pdf".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(LessonKind.sniff(new byte[0]).isEmpty());
        assertTrue(LessonKind.of("text/html").isEmpty());
        assertEquals(Optional.of(LessonKind.VIDEO), LessonKind.of("video/mp4; codecs=avc1"));
    }
}
