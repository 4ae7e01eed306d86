package jp.mypage.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import jp.mypage.domain.account.EmailAddress;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail(EmailAddress.of("taro@example.jp"), "件名", "本文", T0);
    }

    @Test
    void failedAttemptsBackOffUpToOneHourThenGiveUp() {
        OutboxMail mail = mail();
        mail.attemptFailed(T0, "connection refused");
        assertEquals(T0.plusSeconds(30), mail.getNextAttemptAt(), "first retry after 30 s");
        mail.attemptFailed(T0, "connection refused");
        assertEquals(T0.plusSeconds(60), mail.getNextAttemptAt(), "then 1 min");
        for (int i = 2; i < 9; i++) {
            mail.attemptFailed(T0, "connection refused");
        }
        assertEquals(T0.plusSeconds(3600), mail.getNextAttemptAt(), "never more than one hour");
        for (int i = 9; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.attemptFailed(T0, "connection refused");
        }
        assertEquals(MailStatus.FAILED, mail.getStatus(), "gives up after " + OutboxMail.MAX_ATTEMPTS + " attempts");
    }

    @Test
    void aSentMailCannotBeSentAgain() {
        OutboxMail mail = mail();
        mail.markSent(T0);
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertThrows(IllegalStateException.class, () -> mail.markSent(T0));
    }
}
