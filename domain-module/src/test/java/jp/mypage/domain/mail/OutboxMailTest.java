package jp.mypage.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    private static final String SECRET = "Xq3v_9-kLmN0pQrStUvWxYz0123456789abcdefGHIJ";
    private static final String BODY = "本登録はこちら:\nhttps://portal.example.jp/confirm?token=" + SECRET
            + "\n再設定: https://portal.example.jp/reset-password?token=" + SECRET + "&lang=ja#top\nログイン: "
            + "https://portal.example.jp/?type=personal";

    private static OutboxMail mailWithLinks() {
        return new OutboxMail(EmailAddress.of("taro@example.jp"), "本登録のお願い", BODY, T0);
    }

    @Test
    void aQueuedMailKeepsItsLinksUntilItLeaves() {
        OutboxMail mail = mailWithLinks();
        mail.attemptFailed(T0, "connection refused");
        assertEquals(BODY, mail.getBody(), "a mail still to be sent needs its links");
    }

    @Test
    void aSentMailKeepsNoUsableLink() {
        OutboxMail mail = mailWithLinks();
        mail.markSent(T0);
        assertFalse(mail.getBody().contains(SECRET), "no link secret left in the body:\n" + mail.getBody());
        assertTrue(mail.getBody().contains("/confirm?token=" + OutboxMail.ERASED_SECRET + "\n")
                && mail.getBody().contains("/reset-password?token=" + OutboxMail.ERASED_SECRET + "&lang=ja#top"),
                "the rest of the body stays readable:\n" + mail.getBody());
        assertTrue(mail.getBody().endsWith("https://portal.example.jp/?type=personal"), "links without a secret stay");
    }

    @Test
    void aMailThatGaveUpKeepsNoUsableLink() {
        OutboxMail mail = mailWithLinks();
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.attemptFailed(T0, "connection refused");
        }
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertFalse(mail.getBody().contains(SECRET), "no link secret left in the body:\n" + mail.getBody());
    }

    @Test
    void aMailKeptForTheLocalMailboxKeepsItsLinks() {
        OutboxMail mail = mailWithLinks();
        mail.keepLocally(T0);
        assertEquals(BODY, mail.getBody(), "the local mailbox page is there to click them");
    }

    @Test
    void aMailWithoutALinkThatGaveUpIsResentWithAFreshRoundOfAttempts() {
        OutboxMail mail = mail();
        assertFalse(mail.isResendable(), "a queued mail is not failed");
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.attemptFailed(T0.plusSeconds(i), "connection refused");
        }
        assertEquals(T0.plusSeconds(OutboxMail.MAX_ATTEMPTS - 1), mail.getLastAttemptAt(), "the last attempt's time");
        assertTrue(mail.isResendable());
        mail.resend(T0.plusSeconds(100));
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertEquals(T0.plusSeconds(100), mail.getNextAttemptAt(), "due at once");
        assertThrows(IllegalStateException.class, () -> mail.resend(T0), "a queued mail is not resent twice");
    }

    @Test
    void aMailWhoseLinkWasErasedIsNotResent() {
        OutboxMail mail = mailWithLinks();
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.attemptFailed(T0, "connection refused");
        }
        assertFalse(mail.isResendable(), "its body holds a dead link");
        assertThrows(IllegalStateException.class, () -> mail.resend(T0));
    }
}
