package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the server during a load of sign-ups (issue 11, item 12): one Payara Micro node of
 * the WAR on PostgreSQL ({@code cluster/start 1}), mailing to GreenMail. Several clients post the
 * 新規登録 form as a browser does (the page, then its ajax post), each sign-up from an address of its
 * own (the node believes {@code X-Forwarded-For} from loopback, as from the balancer), so the
 * per-source throttle treats them as the different people they stand for. The node is killed while
 * posts are under way, started again, and the outbox drains. Then:
 * <ul>
 * <li>every sign-up whose answer showed 本登録のお願い has its account (none lost);</li>
 * <li>every account of the run got its confirmation mail, under one Message-ID; a second copy of a
 * mail (the SMTP server took it, the kill came before "sent" committed) is possible for the one mail
 * the node was sending at the kill, never more, and carries the same Message-ID;</li>
 * <li>no mail went to an address without an account, and the outbox holds nothing undelivered;</li>
 * <li>the restarted node takes sign-ups again, each mailed once.</li>
 * </ul>
 * Runs in {@code -Pcluster} (PostgreSQL; ports 8080, 8081, 5900, 3025).
 */
class CrashIT {

    private static final String PASSWORD = "kumo-no-ue 2026 nagai ne";
    private static final String NODE = "http://127.0.0.1:8081";
    private static final MicroCluster CLUSTER = new MicroCluster("crash-it");
    private static final int CLIENTS = 6;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    enum Outcome { CONFIRMED, CUT, OTHER }

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> others = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger confirmed = new AtomicInteger();

    @BeforeAll
    static void startNode() throws IOException, InterruptedException {
        Mailbox.start();
        CLUSTER.start(1);
    }

    @AfterAll
    static void stopNode() throws IOException, InterruptedException {
        CLUSTER.stop();
    }

    @Test
    void aKilledServerLosesNoConfirmedSignUpSendsEachMailOnceAndStartsAgain() throws Exception {
        int mailsBefore = Mailbox.received();
        AtomicBoolean load = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (load.get()) {
                    if (!signUp()) {
                        sleep(200);
                    }
                }
            });
        }

        // The kill comes once sign-ups have been confirmed and while several posts are under way.
        Instant deadline = Instant.now().plusSeconds(90);
        while (confirmed.get() < 30 || inFlight.get() < 3) {
            if (Instant.now().isAfter(deadline)) {
                load.set(false);
                clients.shutdownNow();
                throw new AssertionError("the load never got going: " + summary());
            }
            Thread.sleep(5);
        }
        int confirmedBeforeKill = confirmed.get();
        int inFlightAtKill = inFlight.get();
        long pid = Long.parseLong(Files.readString(CLUSTER.folder().resolve("node1.pid")).trim());
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node1 is not running"));
        assertTrue(node.destroyForcibly(), "SIGKILL sent to node1");
        node.onExit().get(30, TimeUnit.SECONDS);
        log("killed node1 with " + confirmedBeforeKill + " sign-ups confirmed and " + inFlightAtKill + " posts under way");

        Thread.sleep(3000); // the clients go on posting against the dead node: refused
        load.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS), "the clients stopped");
        long cut = outcomes.values().stream().filter(o -> o == Outcome.CUT).count();
        log("load over: " + summary());
        assertTrue(confirmedBeforeKill > 0, "sign-ups were confirmed before the kill");
        assertTrue(inFlightAtKill > 0 && cut > 0, "the kill cut sign-ups under way: " + summary());
        assertEquals(Map.of(), others, "no sign-up was refused or answered otherwise");

        // Start again: the balancer of cluster/start is stopped with the dead node's records, the node's log kept.
        Path killedLog = CLUSTER.folder().resolveSibling("crash-it-killed-node1.log");
        Files.copy(CLUSTER.folder().resolve("node1.log"), killedLog, StandardCopyOption.REPLACE_EXISTING);
        CLUSTER.stop();
        CLUSTER.start(1);
        log("node1 started again");

        // The restarted node takes sign-ups again.
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = nextEmail();
            after.add(email);
            assertTrue(signUp(email), "sign-up after the restart: " + outcomes.get(email) + " " + others.get(email));
        }

        Set<String> accounts = drainOutbox();
        Map<String, List<String>> mails = mailsOfThisRun(mailsBefore);

        Set<String> confirmedEmails = outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.CONFIRMED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> lost = new HashSet<>(confirmedEmails);
        lost.removeAll(accounts);
        assertEquals(Set.of(), lost, "every confirmed sign-up has its account");
        long cutButCommitted = outcomes.entrySet().stream()
                .filter(e -> e.getValue() == Outcome.CUT && accounts.contains(e.getKey())).count();

        Map<String, Integer> missing = new TreeMap<>();
        Map<String, List<String>> twoMessageIds = new TreeMap<>();
        Map<String, Integer> copies = new TreeMap<>();
        for (String account : accounts) {
            List<String> ids = mails.getOrDefault(account, List.of());
            if (ids.isEmpty()) {
                missing.put(account, 0);
            } else if (new HashSet<>(ids).size() > 1) {
                twoMessageIds.put(account, ids);
            } else if (ids.size() > 1) {
                copies.put(account, ids.size());
            }
        }
        Set<String> strangers = new HashSet<>(mails.keySet());
        strangers.removeAll(accounts);
        log("accounts " + accounts.size() + " (confirmed " + confirmedEmails.size() + ", cut but committed "
                + cutButCommitted + "), mails " + mails.values().stream().mapToInt(List::size).sum()
                + ", second copies " + copies);
        assertEquals(Map.of(), missing, "every account got its confirmation mail");
        assertEquals(Map.of(), twoMessageIds, "one confirmation mail per account (one Message-ID)");
        assertTrue(copies.values().stream().mapToInt(n -> n - 1).sum() <= 1,
                "at most the one mail under way at the kill arrives twice: " + copies);
        assertEquals(Set.of(), strangers, "no mail to an address without an account");
        for (String email : after) {
            assertEquals(1, mails.getOrDefault(email, List.of()).size(), "the sign-up after the restart is mailed once");
        }
    }

    /** One sign-up with a new address; false when it did not get through. */
    private boolean signUp() {
        return signUp(nextEmail());
    }

    private boolean signUp(String email) {
        int n = Integer.parseInt(email.substring(email.lastIndexOf('.', email.indexOf('@')) + 1, email.indexOf('@')));
        FormClient client = new FormClient(NODE).header("X-Forwarded-For", "10.77." + (n / 250 % 250) + "." + (n % 250 + 1));
        try {
            client.open("/signup/personal", "signUpForm");
        } catch (RuntimeException | AssertionError e) {
            return false; // the node is down: nothing was posted
        }
        client.set("signUpForm:name", "障害 太郎")
                .set("signUpForm:nameKana", "ショウガイ タロウ")
                .set("signUpForm:phone", "03-1234-5678")
                .set("signUpForm:email", email)
                .set("signUpForm:password", PASSWORD)
                .set("signUpForm:passwordConfirmation", PASSWORD)
                .set("signUpForm:termsAccepted", "on")
                .set("signUpForm:register", "signUpForm:register")
                .set("jakarta.faces.partial.ajax", "true")
                .set("jakarta.faces.source", "signUpForm:register")
                .set("jakarta.faces.partial.execute", "signUpForm:register signUpForm")
                .set("jakarta.faces.partial.render", "signUpForm confirmationDialog");
        String body = client.fields().entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        inFlight.incrementAndGet();
        HttpResponse<String> answer;
        try {
            answer = client.request("POST", client.action(), Map.of("Faces-Request", "partial/ajax",
                    "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), body.getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            outcomes.put(email, Outcome.CUT);
            return false;
        } finally {
            inFlight.decrementAndGet();
        }
        // The ajax answer renders the dialog 本登録のお願い visible (its widget's visible:true) once the account is written.
        if (answer.statusCode() == 200 && answer.body().contains("本登録のお願い") && answer.body().contains("visible:true")) {
            outcomes.put(email, Outcome.CONFIRMED);
            confirmed.incrementAndGet();
            return true;
        }
        outcomes.put(email, Outcome.OTHER);
        others.put(email, answer.statusCode() + " " + answer.body().substring(0, Math.min(2000, answer.body().length())));
        return false;
    }

    private static String nextEmail() {
        return "crash." + RUN + "." + SEQUENCE.incrementAndGet() + "@example.test";
    }

    /** Waits until no mail to this run's addresses is queued; the run's accounts. */
    private Set<String> drainOutbox() throws SQLException, InterruptedException {
        String like = "crash." + RUN + ".%";
        Instant deadline = Instant.now().plusSeconds(90);
        try (Connection db = database()) {
            while (true) {
                try (PreparedStatement pending = db.prepareStatement(
                        "SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ? AND status <> 'SENT'")) {
                    pending.setString(1, like);
                    try (ResultSet rows = pending.executeQuery()) {
                        rows.next();
                        if (rows.getInt(1) == 0) {
                            break;
                        }
                        assertTrue(Instant.now().isBefore(deadline), rows.getInt(1) + " mail(s) still not sent");
                    }
                }
                Thread.sleep(500);
            }
            Thread.sleep(3000); // a copy on its way to GreenMail lands
            Set<String> accounts = new HashSet<>();
            try (PreparedStatement select = db.prepareStatement("SELECT email FROM account WHERE email LIKE ?")) {
                select.setString(1, like);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        accounts.add(rows.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
            return accounts;
        }
    }

    /** The Message-IDs GreenMail received for each address of this run, one per copy. */
    private static Map<String, List<String>> mailsOfThisRun(int skip) {
        Map<String, List<String>> mails = new TreeMap<>();
        MimeMessage[] received = Mailbox.all();
        for (int i = skip; i < received.length; i++) {
            try {
                String to = received[i].getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase(Locale.ROOT);
                if (to.startsWith("crash." + RUN + ".")) {
                    mails.computeIfAbsent(to, k -> new ArrayList<>()).add(received[i].getMessageID());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    private String summary() {
        Map<Outcome, Long> counts = outcomes.values().stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        return counts + ", under way " + inFlight.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String what) {
        System.out.println("[CrashIT " + Instant.now() + "] " + what);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }
}
