package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal as a cluster: two Payara Micro nodes of the WAR on PostgreSQL behind HAProxy, started
 * and stopped by the README's commands ({@code cluster/start}, {@code cluster/stop}). A signed-in
 * learner fills half of 登録情報設定 (an ajax page), the node that served the session is killed
 * ({@code kill -9}), and the learner goes on through the balancer: still signed in, the page's view
 * state intact, the save succeeds. The outbox is delivered by both nodes at once, and by the one left
 * after the kill: every mail exactly once.
 *
 * <p>Runs alone: {@code ./mvnw verify -Pcluster -pl ear -am} (needs a PostgreSQL database,
 * {@code -Dit.db.url} …, and the ports of the README's cluster: 8080, 8081-8082, 5900-5901, 3025).
 */
class ClusterFailoverIT {

    private static final String PASSWORD = "unkai-no-shiro 2026 nagai";
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final Path ROOT = MicroCluster.ROOT;
    private static final MicroCluster CLUSTER = new MicroCluster("cluster-it");
    private static final Path RUN = CLUSTER.folder();

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        Mailbox.start();
        CLUSTER.start(2);
    }

    @AfterAll
    static void stopCluster() throws IOException, InterruptedException {
        CLUSTER.stop();
    }

    @Test
    void aKilledNodeCostsTheSignedInLearnerNothingAndEveryMailLeavesOnce() throws Exception {
        String email = "cluster." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        try (Browser browser = new Browser()) {
            signUpAndConfirm(browser, email);
            browser.open("/")
                    .choose("loginForm:type", "個人の方")
                    .type("loginForm:email", email)
                    .type("loginForm:password", PASSWORD)
                    .submit("loginForm:login");
            assertEquals("/mypage/applications", browser.path(), "signed in through the balancer");

            // Both nodes deliver the outbox at once: each mail once.
            List<String> together = queueMails("together", 30);
            awaitEachOnce(together);

            // Half the form, and an ajax round trip the server answers from the page's view state.
            browser.open("/mypage/settings");
            browser.type("profileForm:name", "分散 花子").type("profileForm:nameKana", "")
                    .click("profileForm:saveProfile");
            awaitFieldMessage(browser, "profileForm:nameKanaMessage", "入力してください");
            awaitAjax(browser);
            String servedBy = browser.cookie("MYPAGE_NODE");
            assertNotNull(servedBy, "the balancer names the node of the session in its cookie");
            String session = browser.sessionId();

            List<String> beforeKill = queueMails("before-kill", 20);
            log("killing " + servedBy + " (session " + session + ")");
            kill(servedBy);
            log(servedBy + " is gone");

            browser.type("profileForm:nameKana", "ブンサン ハナコ").click("profileForm:saveProfile");
            log("save clicked");
            try {
                assertTrue(browser.element("savedDialogText").getText().contains("登録情報を変更しました"),
                        "the ajax save succeeds on the node left");
                log("saved");
            } catch (RuntimeException | AssertionError e) {
                log("no save: " + e.getClass().getSimpleName());
                Path page = ROOT.resolve("ear/target/browser-pages/ClusterFailoverIT-afterKill.html");
                Files.createDirectories(page.getParent());
                Files.writeString(page, browser.path() + " MYPAGE_NODE=" + browser.cookie("MYPAGE_NODE")
                        + " JSESSIONID=" + browser.sessionId() + " (before: " + session + ")\n" + browser.pageSource());
                throw e;
            }
            assertNotEquals(servedBy, browser.cookie("MYPAGE_NODE"), "another node serves the session now");
            assertEquals(session, browser.sessionId(), "the same session goes on");

            browser.open("/mypage/settings");
            assertEquals("/mypage/settings", browser.path(), "still signed in");
            assertEquals("分散 花子", browser.element("profileForm:name").getAttribute("value"),
                    "the name typed before the kill was saved");
            assertEquals("ブンサン ハナコ", browser.element("profileForm:nameKana").getAttribute("value"));

            awaitEachOnce(beforeKill);
        }
    }

    @Test
    void theBalancerTheNodesAndTheirClusterListenOnLoopbackOnly() throws IOException {
        // 8080: HAProxy; 8081, 8082: the nodes' HTTP; 5900, 5901: their Hazelcast members.
        List<Integer> ports = List.of(8080, 8081, 8082, 5900, 5901);
        List<String> open = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                int port = Integer.parseInt(local[1], 16);
                boolean listening = "0A".equals(columns[3]);
                if (listening && ports.contains(port)) {
                    seen.add(port + "");
                    // 127.0.0.1, ::1, or 127.0.0.1 as an IPv4-mapped IPv6 address
                    boolean loopback = local[0].equals("0100007F") || local[0].equals("00000000000000000000000001000000")
                            || local[0].equals("0000000000000000FFFF00000100007F");
                    if (!loopback) {
                        open.add(table + " " + columns[1]);
                    }
                }
            }
        }
        // The other test kills a node, so one node's ports may be closed already.
        assertTrue(seen.contains("8080") && (seen.contains("8081") || seen.contains("8082")), "listening: " + seen);
        assertEquals(List.of(), open, "nothing of the cluster listens beyond loopback");
    }

    /** A line with the moment, to match against the balancer's and the nodes' logs. */
    private static void log(String what) {
        System.out.println("[ClusterFailoverIT " + Instant.now() + "] " + what);
    }

    /** Waits until the field's message says the text (the ajax answer has been rendered). */
    private static void awaitFieldMessage(Browser browser, String id, String text) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!(browser.exists(id) && browser.text(id).contains(text))) {
            assertTrue(Instant.now().isBefore(deadline), id + " never said " + text);
            Thread.sleep(100);
        }
    }

    /** Waits until PrimeFaces has no ajax request under way. */
    private static void awaitAjax(Browser browser) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();"))) {
            assertTrue(Instant.now().isBefore(deadline), "an ajax request never ended");
            Thread.sleep(100);
        }
    }

    private static void signUpAndConfirm(Browser browser, String email) {
        browser.open("/signup/personal")
                .type("signUpForm:name", "分散 太郎")
                .type("signUpForm:nameKana", "ブンサン タロウ")
                .type("signUpForm:phone", "03-1234-5678")
                .type("signUpForm:email", email)
                .type("signUpForm:password", PASSWORD)
                .type("signUpForm:passwordConfirmation", PASSWORD)
                .click("signUpForm:termsAccepted")
                .click("signUpForm:register");
        browser.element("confirmationDialogText");
        String link = Mailbox.awaitMail(email, 1).link("/confirm?token=");
        browser.open(link).submit("confirmForm:confirm");
        browser.element("confirmForm:toLogin");
    }

    /** Writes mails into the outbox as the portal does (due now), each to an address of its own. */
    private static List<String> queueMails(String kind, int count) throws SQLException {
        List<String> recipients = new ArrayList<>();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            long first;
            try (Statement statement = db.createStatement();
                    ResultSet next = statement.executeQuery("SELECT nextval('outbox_mail_seq'), nextval('outbox_mail_seq')")) {
                next.next();
                // Ids strictly between two values of the sequence (allocation 50) belong to no node.
                first = next.getLong(1) + 1;
                if (next.getLong(2) - next.getLong(1) <= count) {
                    throw new IllegalStateException("The outbox sequence does not leave " + count + " ids");
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_mail (id, recipient, subject, body,"
                    + " status, attempts, created_at, next_attempt_at, bulk) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, FALSE)")) {
                for (int i = 0; i < count; i++) {
                    String recipient = kind + "." + i + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
                    insert.setLong(1, first + i);
                    insert.setString(2, recipient);
                    insert.setString(3, "cluster " + kind + " " + i);
                    insert.setString(4, "One of " + count + " mails queued " + kind + ".");
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                    recipients.add(recipient);
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return recipients;
    }

    /** Waits for a mail to every recipient, then a while longer, and expects no second one. */
    private static void awaitEachOnce(List<String> recipients) throws InterruptedException {
        for (String recipient : recipients) {
            Mailbox.awaitMail(recipient, 1);
        }
        Thread.sleep(GRACE.toMillis());
        Map<String, Integer> counts = recipients.stream()
                .collect(Collectors.toMap(r -> r, r -> Mailbox.mailsTo(r).size()));
        assertTrue(counts.values().stream().allMatch(n -> n == 1), "each mail delivered exactly once: " + counts);
    }

    /** {@code kill -9} of the node the balancer's cookie names. */
    private static void kill(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(RUN.resolve(node + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
        assertTrue(process.destroyForcibly(), "SIGKILL sent to " + node);
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }
}
