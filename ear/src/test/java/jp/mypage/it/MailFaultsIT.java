package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox when the mail server fails: GreenMail stopped and started again, and a plain socket
 * that accepts connections and never answers. The portal is configured with 3-second SMTP timeouts
 * (ear/pom.xml). Mails are queued through the test-support module, passes run by the real dispatcher.
 */
class MailFaultsIT extends PortalIT {

    private static final String SUPPORT = Browser.BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/outbox/";
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3025);

    @AfterEach
    void mailServerBack() {
        Mailbox.start();
    }

    @Test
    void thousandMailsQueuedWhileTheServerIsDownAreEachDeliveredOnceWhenItReturns() {
        String prefix = "down-" + shortId();
        Mailbox.stop();
        seed(prefix, 1000, "ORDER_PLACED", false);
        long millis = dispatch();
        List<String[]> states = states(prefix);
        assertEquals(1000, states.size(), "every mail is queued");
        assertTrue(states.stream().allMatch(s -> s[1].equals("PENDING")), "nothing is lost or given up");
        long attempted = states.stream().filter(s -> !s[2].equals("0")).count();
        assertTrue(attempted <= 3, "a pass against a server that is down stops at its first refusal ("
                + attempted + " mails attempted; the pass took " + millis + " ms)");

        Mailbox.start();
        Browser.moveClock(Duration.ofMinutes(2)); // the attempted ones are due again
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && !states(prefix).stream().allMatch(s -> s[1].equals("SENT"))) {
            dispatch();
            sleepMillis(200);
        }
        states = states(prefix);
        System.out.printf("MailFaultsIT: 1,000 mails, server down: a pass took %d ms; after the server returned all"
                + " were sent within %d ms%n", millis, Duration.between(deadline.minusSeconds(90), Instant.now()).toMillis());
        assertTrue(states.stream().allMatch(s -> s[1].equals("SENT")), "every mail is marked sent: "
                + states.stream().filter(s -> !s[1].equals("SENT")).count() + " are not");
        Map<String, Long> received = Mailbox.countsByRecipient();
        for (int i = 0; i < 1000; i++) {
            String recipient = prefix + "-" + i + "@example.test";
            assertEquals(1L, received.getOrDefault(recipient, 0L), recipient + " received its mail exactly once");
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersHoldsAPassForOneTimeoutOnly() throws Exception {
        String prefix = "hang-" + shortId();
        Mailbox.stop();
        List<Socket> accepted = new CopyOnWriteArrayList<>(); // added by the acceptor, closed by this thread
        ServerSocket hang = new ServerSocket();
        try {
            hang.setReuseAddress(true); // GreenMail's port, just closed
            hang.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), SMTP_PORT), 50);
        } catch (IOException e) {
            hang.close();
            throw e;
        }
        Thread acceptor = new Thread(() -> {
            while (!hang.isClosed()) {
                try {
                    accepted.add(hang.accept()); // and never a word
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.start();
        try {
            seed(prefix, 20, "SEAT_ASSIGNED", false);

            CompletableFuture<Long> first = CompletableFuture.supplyAsync(MailFaultsIT::dispatch);
            Thread.sleep(500);
            long second = dispatch();
            long firstMillis = first.get();
            System.out.printf("MailFaultsIT: silent server, 20 mails queued: the pass took %d ms, a pass asked for"
                    + " meanwhile returned in %d ms%n", firstMillis, second);
            assertTrue(second < 1500, "a pass asked for while one hangs returns at once, not after it (" + second + " ms)");
            assertTrue(firstMillis < 9000, "the hanging server held the pass " + firstMillis + " ms (timeouts 3 s)");
            assertFalse(accepted.isEmpty(), "the portal connected to the silent server");

            List<String[]> states = states(prefix);
            List<String[]> tried = states.stream().filter(s -> !s[2].equals("0")).toList();
            assertTrue(!tried.isEmpty() && tried.size() <= 3, "one attempt per pass, not 20 timeouts: " + tried.size());
            assertTrue(tried.stream().allMatch(s -> s[1].equals("PENDING") && s[3].toLowerCase().contains("timed out")),
                    "a timeout is recorded and the mail stays queued: " + Arrays.toString(tried.get(0)));
        } finally {
            hang.close();
            // A server socket closed while a thread waits in accept() keeps the port until that thread has
            // returned: GreenMail, started right after, failed to bind it (CI on 6d57da5; 188 of 200 immediate
            // binds failed in a plain Java check here, none after joining the thread).
            acceptor.join(10_000);
            assertFalse(acceptor.isAlive(), "the silent server's accepting thread has returned");
            for (Socket socket : accepted) {
                socket.close();
            }
        }

        Mailbox.start();
        Browser.moveClock(Duration.ofMinutes(2));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !states(prefix).stream().allMatch(s -> s[1].equals("SENT"))) {
            dispatch();
            sleepMillis(200);
        }
        Map<String, Long> received = Mailbox.countsByRecipient();
        for (int i = 0; i < 20; i++) {
            assertEquals(1L, received.getOrDefault(prefix + "-" + i + "@example.test", 0L), "mail " + i + " once");
        }
    }

    @Test
    void mailsThatGaveUpAreListedForOperatorsAndOnlyThoseWithoutALinkAreResent() {
        String plain = "gaveup-" + shortId();
        String linked = "gaveup-link-" + shortId();
        Mailbox.stop();
        seed(plain, 1, "ORDER_PLACED", false);
        seed(linked, 1, "EMAIL_CONFIRMATION", true);
        // Every attempt fails against the stopped server, each one due after the clock moves past its pause.
        for (int round = 0; round < 40 && !(failed(plain) && failed(linked)); round++) {
            Browser.moveClock(Duration.ofHours(2));
            dispatch();
        }
        assertTrue(failed(plain) && failed(linked), "both gave up after 12 attempts: " + Arrays.toString(states(plain).get(0))
                + " " + Arrays.toString(states(linked).get(0)));
        Browser.resetClock();
        Mailbox.start();

        OperatorSignIn.signInAnOperator(browser);
        browser.click("navMailFailures");
        browser.waitForText(plain + "-0@example.test");
        String page = browser.pageSource();
        assertTrue(page.contains(linked + "-0@example.test"), "the confirmation mail is listed too");
        assertFalse(page.contains("お知らせ 0") || page.contains("token="), "never the body or its link");
        assertTrue(browser.elementInRow("failuresForm:mails", plain + "-0@", "resend").isDisplayed());
        assertTrue(browser.rowTexts("failuresForm:mails").stream().anyMatch(row -> row.contains(linked + "-0@")
                && row.contains("新しいリンクが必要です") && row.contains("本登録の確認") && row.contains("12")),
                "the confirmation mail is not resendable: " + browser.rowTexts("failuresForm:mails"));

        browser.clickInRow("failuresForm:mails", plain + "-0@", "resend");
        browser.waitForText("1件のメールを再送信します。");
        Mailbox.awaitMail(plain + "-0@example.test", 1);
        assertFalse(browser.pageSource().contains(plain + "-0@example.test"), "a resent mail leaves the list");

        // Ticking the confirmation mail and 選択したメールを再送信 sends nothing: its link was erased.
        browser.tickRow("failuresForm:mails", linked + "-0@");
        browser.click("failuresForm:resendSelected");
        browser.waitForText("1件は再送信しませんでした");
        sleepSeconds(2);
        assertEquals(0, Mailbox.mailsTo(linked + "-0@example.test").size(), "a mail with an erased link is never sent");
        assertEquals(1, Mailbox.mailsTo(plain + "-0@example.test").size(), "the resent mail left once");
    }

    private static boolean failed(String prefix) {
        return states(prefix).stream().allMatch(s -> s[1].equals("FAILED"));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void seed(String prefix, int count, String kind, boolean link) {
        String answer = Browser.supportPost("outbox/seed?prefix=" + prefix + "&count=" + count + "&kind=" + kind
                + "&link=" + link);
        assertEquals("200 " + count, answer, "the mails were queued");
    }

    private static long dispatch() {
        String[] answer = Browser.supportPost("outbox/dispatch").split(" ");
        assertEquals("200", answer[0], "the pass ran");
        return Long.parseLong(answer[1].strip());
    }

    /** Per mail to the prefix: recipient, status, attempts, last error. */
    private static List<String[]> states(String prefix) {
        String body = Browser.httpGet(SUPPORT + "states?prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).body();
        return body.lines().filter(line -> !line.isBlank()).map(line -> line.split(" ", 4)).toList();
    }

    private static void sleepSeconds(int seconds) {
        sleepMillis(seconds * 1000L);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
