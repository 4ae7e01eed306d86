package jp.mypage.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How a delivery pass meets a mail server that is down or does not answer. */
class MailDispatcherTest {

    /** A dispatcher over this delivery, with the SMTP settings below and the real clock. */
    private static MailDispatcher dispatcherWith(MailDelivery delivery) {
        MailDispatcher dispatcher = new MailDispatcher();
        dispatcher.settings = smtp();
        dispatcher.clock = Clock.systemUTC();
        dispatcher.delivery = delivery;
        return dispatcher;
    }

    private static MailSettings smtp() {
        MailSettings settings = new MailSettings();
        settings.smtpHost = java.util.Optional.of("smtp.example.jp");
        return settings;
    }

    @Test
    void aPassStopsAtTheFirstMailTheServerCouldNotTakeAndLeavesTheOthersUntouched() {
        List<Long> tried = new ArrayList<>();
        MailDispatcher dispatcher = dispatcherWith(new MailDelivery() {
            @Override
            public List<Long> dueMailIds() {
                return LongStream.rangeClosed(1, MailDelivery.BATCH).boxed().toList();
            }

            @Override
            public Outcome deliver(long mailId) {
                tried.add(mailId);
                return Outcome.SERVER_UNAVAILABLE;
            }

            @Override
            public void passEnded() {
                tried.add(-1L);
            }
        });
        dispatcher.dispatchDue();
        assertEquals(List.of(1L, -1L), tried, "one attempt per pass while the server is away, not one per queued mail;"
                + " then the pass ends (its SMTP connection is closed)");
    }

    @Test
    void aMailTheServerRefusedDoesNotStopThePass() {
        List<Long> tried = new ArrayList<>();
        MailDispatcher dispatcher = dispatcherWith(new MailDelivery() {
            @Override
            public List<Long> dueMailIds() {
                return tried.isEmpty() ? List.of(1L, 2L, 3L) : List.of();
            }

            @Override
            public Outcome deliver(long mailId) {
                tried.add(mailId);
                return mailId == 1 ? Outcome.FAILED : Outcome.DELIVERED;
            }

            @Override
            public void passEnded() {
                tried.add(-1L);
            }
        });
        dispatcher.dispatchDue();
        assertEquals(List.of(1L, 2L, 3L, -1L), tried, "the three mails share the pass, which ends once");
    }

    @Test
    void noConnectionOrNoAnswerInTimeIsTheServersFailureARefusedRecipientTheMails() {
        assertTrue(SmtpMailTransport.isServerFailure(new MessagingException("Couldn't connect", new ConnectException())));
        assertTrue(SmtpMailTransport.isServerFailure(
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));
        assertFalse(SmtpMailTransport.isServerFailure(new SendFailedException("550 no such user")));
        assertFalse(SmtpMailTransport.isServerFailure(new MessagingException("501 bad address")));
    }

    @Test
    void theRecordedErrorNamesItsCause() {
        assertEquals("Exception reading response: SocketTimeoutException: Read timed out", SmtpMailTransport.describe(
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));
    }
}
