package jp.mypage.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.mail.MailStatus;
import jp.mypage.domain.mail.OutboxMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local mailbox is an explicit choice, for this machine only; without it mails wait, unlogged. */
class LocalMailboxTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final String BODY = "https://portal.example.jp/reset-password?token=Xq3v_9-kLmN0pQrStUvWxYz0123";

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("jp.mypage.mail").removeHandler(capture);
    }

    private void captureLog() {
        Logger logger = Logger.getLogger("jp.mypage.mail");
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    private static MailSettings settings(String smtpHost, boolean localMailbox) {
        MailSettings settings = new MailSettings();
        settings.smtpHost = Optional.ofNullable(smtpHost);
        settings.localMailbox = localMailbox;
        return settings;
    }

    private static LocalMailboxService mailbox(MailSettings settings) throws ReflectiveOperationException {
        LocalMailboxService service = new LocalMailboxService();
        Field field = LocalMailboxService.class.getDeclaredField("settings");
        field.setAccessible(true);
        field.set(service, settings);
        return service;
    }

    @Test
    void noSmtpServerAloneDoesNotOpenTheLocalMailbox() throws Exception {
        MailSettings settings = settings(null, false);
        assertFalse(settings.localMailbox(), "MAIL_SMTP_HOST unset is no choice to show mails on a page");
        assertFalse(mailbox(settings).isOpenTo("127.0.0.1"), "closed even on this machine");
        assertFalse(settings.canDeliver(), "and mails have nowhere to go");
    }

    @Test
    void theLocalMailboxOpensOnlyWhenAskedForAndNoSmtpServerIsSet() throws Exception {
        assertTrue(mailbox(settings(null, true)).isOpenTo("127.0.0.1"), "MAIL_LOCAL_MAILBOX=true opens it");
        assertFalse(mailbox(settings("smtp.example.jp", true)).isOpen(), "an SMTP server closes it");
        assertTrue(settings("smtp.example.jp", false).canDeliver(), "SMTP delivers");
    }

    @Test
    void theLocalMailboxAnswersOnlyLoopbackClients() throws Exception {
        LocalMailboxService open = mailbox(settings(null, true));
        for (String loopback : List.of("127.0.0.1", "127.0.1.1", "::1", "0:0:0:0:0:0:0:1")) {
            assertTrue(open.isOpenTo(loopback), loopback + " is this machine");
        }
        for (String other : List.of("192.168.1.20", "10.0.0.1", "172.17.0.1", "2001:db8::1", "localhost", "")) {
            assertFalse(open.isOpenTo(other), "'" + other + "' is not a loopback address");
        }
        assertFalse(open.isOpenTo(null), "no address, no mailbox");
    }

    @Test
    void aMailKeptLocallyIsNotWrittenToTheLog() {
        captureLog();
        OutboxMail mail = new OutboxMail(EmailAddress.of("taro@example.jp"), "パスワード再設定", BODY, NOW);
        new LocalMailboxTransport().deliver(mail, NOW);
        assertEquals(MailStatus.LOCAL, mail.getStatus());
        assertFalse(logged.isEmpty(), "the log says where the mail is");
        logged.forEach(record -> assertFalse(render(record).contains("token="), "no link in the log: " + render(record)));
    }

    @Test
    void withNeitherSmtpNorLocalMailboxMailsStayQueuedAndTheLogWarnsWithoutThem() {
        captureLog();
        List<Long> delivered = new ArrayList<>();
        MailDispatcher dispatcher = new MailDispatcher();
        dispatcher.settings = settings(null, false);
        dispatcher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        dispatcher.delivery = new MailDelivery() {
            @Override
            public List<Long> dueMailIds() {
                return List.of(1L, 2L, 3L);
            }

            @Override
            public Outcome deliver(long mailId) {
                delivered.add(mailId);
                return Outcome.DELIVERED;
            }
        };

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertTrue(delivered.isEmpty(), "no mail is handed to a transport: they stay queued, not counted as attempts");
        List<LogRecord> warnings = logged.stream().filter(record -> record.getLevel() == Level.WARNING).toList();
        assertEquals(1, warnings.size(), "one warning per " + MailDispatcher.WARNING_INTERVAL + ", not one per pass");
        assertTrue(render(warnings.get(0)).contains("3 mail(s) queued and not sent"), render(warnings.get(0)));

        dispatcher.clock = Clock.fixed(NOW.plus(MailDispatcher.WARNING_INTERVAL).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        dispatcher.dispatchDue();
        assertEquals(2, logged.stream().filter(record -> record.getLevel() == Level.WARNING).count(),
                "and again after the interval while mails wait");
    }

    private static String render(LogRecord record) {
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }
}
