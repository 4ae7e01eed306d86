package jp.mypage.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.mail.OutboxMail;
import org.junit.jupiter.api.Test;

/**
 * The Message-ID a mail keeps across its attempts (a server killed between the SMTP hand-over and
 * "sent" sends the mail again after its restart: the second copy carries the same id).
 */
class SmtpMessageIdTest {

    private static final Instant QUEUED = Instant.parse("2026-12-02T04:05:06.789Z");

    @Test
    void theOutboxRowAndItsMomentAtTheSendersDomain() throws Exception {
        OutboxMail mail = mail(42);
        assertEquals("<outbox.42." + QUEUED.toEpochMilli() + "@mypage.example.jp>",
                SmtpMailTransport.messageId(mail, "My Page <no-reply@mypage.example.jp>"));
        assertEquals(SmtpMailTransport.messageId(mail, "no-reply@mypage.example.jp"),
                SmtpMailTransport.messageId(mail, "no-reply@mypage.example.jp"), "the same at every attempt");
        assertNotEquals(SmtpMailTransport.messageId(mail(43), "no-reply@x.jp"), SmtpMailTransport.messageId(mail, "no-reply@x.jp"));
        assertEquals("<outbox.42." + QUEUED.toEpochMilli() + "@mypage.invalid>", SmtpMailTransport.messageId(mail, "nobody"));
    }

    private static OutboxMail mail(long id) throws Exception {
        OutboxMail mail = new OutboxMail(EmailAddress.of("a@example.jp"), "s", "b", QUEUED);
        Field field = OutboxMail.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(mail, id);
        return mail;
    }
}
