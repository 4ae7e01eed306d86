package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import jp.mypage.it.support.outbox.OutboxResource;
import org.junit.jupiter.api.Test;

/** What the outbox keeps in the database once its mails have left. */
class MailAtRestIT extends PortalIT {

    @Test
    void deliveredMailsKeepNoUsableLinkInTheDatabase() {
        String email = uniqueEmail("atrest");
        signUpPersonal(email, "保管 太郎");
        String confirmationToken = tokenOf(Mailbox.awaitMail(email, 1).link("/confirm?token="));
        confirmByMail(email, 1);
        browser.open("/forgot-password").type("forgotForm:email", email).submit("forgotForm:send");
        String resetToken = tokenOf(Mailbox.awaitMail(email, 2).link("/reset-password?token="));

        List<String> rows = sentOutboxRows(email, 2);
        for (String row : rows) {
            assertFalse(row.contains(confirmationToken), "the delivered row keeps no confirmation link:\n" + row);
            assertFalse(row.contains(resetToken), "the delivered row keeps no reset link:\n" + row);
        }
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The outbox rows to the address, once all of them (at least {@code count}) are marked sent. */
    private static List<String> sentOutboxRows(String email, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> rows;
        do {
            String answer = Browser.httpGet(Browser.BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/outbox?recipient="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8)).body();
            rows = answer.isEmpty() ? List.of() : Arrays.asList(answer.split(OutboxResource.SEPARATOR));
            if (rows.size() >= count && rows.stream().allMatch(row -> row.startsWith("SENT\n"))) {
                return rows;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        assertEquals(count, rows.size(), "outbox rows to " + email);
        throw new AssertionError("Not every outbox row to " + email + " was marked sent: " + rows);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
