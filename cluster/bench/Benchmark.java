import jp.mypage.operator.SecondFactorCodes;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Issue 12's benchmark (run by cluster/benchmark, not part of the test suite or CI): seeds PostgreSQL at
 * the issues' scale with JDBC batches, then runs the portal on 1 and on 2 Payara Micro nodes behind
 * HAProxy (cluster/start) and measures logins/s at saturation against PBKDF2 hashes/s, p50/p95 of the
 * signed-in pages at 50 concurrent users, the heap per signed-in session, and (2 nodes) kill -9 of a node
 * under load. Prints a table and writes it to target/benchmark/results.md.
 */
public final class Benchmark {

    static final String BASE = "http://localhost:" + env("CLUSTER_PORT", "8080");
    static final Path ROOT = Path.of(env("BENCH_ROOT", ".")).toAbsolutePath().normalize();
    static final Path RUN = ROOT.resolve("target/cluster");
    static final int LEARNERS = 10_000;
    static final int APPLICATIONS = 100_000;
    static final int ORDERS = 1_000;
    static final int SEATS_PER_ORDER = 100; // 1,000 orders x 100 seats = 100,000 受講履歴 rows
    static final int USERS = 50;
    static final int PAGE_SECONDS = Integer.parseInt(env("BENCH_PAGE_SECONDS", "15"));
    static final int LOGIN_SECONDS = Integer.parseInt(env("BENCH_LOGIN_SECONDS", "20"));
    static final String COMPANY = "bench-company@bench.test";
    static final String PASSWORD = "bench learner passphrase 2026";
    static final SecondFactorCodes CODES = new SecondFactorCodes();
    static final Map<String, String> OPERATOR_SECRETS = new java.util.concurrent.ConcurrentHashMap<>();
    static final String OPERATOR_PASSWORD = System.getenv("ADMIN_PASSWORD");

    static final List<String> table = new ArrayList<>();
    static final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String nodesArg = args.length > 0 ? args[0] : "1,2";
        seed();
        seedOperators();
        if (nodesArg.equals("seed")) {
            return;
        }
        table.add("| nodes | measure | value |");
        table.add("|---|---|---|");
        for (String n : nodesArg.split(",")) {
            try {
                phase(Integer.parseInt(n.trim()));
            } catch (Exception e) {
                // What was measured so far is still printed.
                e.printStackTrace();
                row(Integer.parseInt(n.trim()), "FAILED", String.valueOf(e).replace('|', '/'));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Benchmark ").append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, client and server on the same machine\n\n");
        table.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        notes.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append(String.format(Locale.ROOT, "%nWhole run: %.1f min%n", (System.nanoTime() - started) / 6e10));
        Files.createDirectories(ROOT.resolve("target/benchmark"));
        Files.writeString(ROOT.resolve("target/benchmark/results.md"), out);
        System.out.println("\n" + out);
    }

    // ---------------------------------------------------------------- seeding

    static Connection db() throws Exception {
        String url = System.getenv("DB_URL");
        String sep = url.contains("?") ? "&" : "?";
        return DriverManager.getConnection(url + sep + "reWriteBatchedInserts=true", System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }

    /** Flyway's schema must exist: the nodes migrate it, so the first start comes before the seed. */
    static void seed() throws Exception {
        // The portal's own migrations, from the WAR's own jars (ejb-module), as the nodes run them at start.
        var migrated = org.flywaydb.core.Flyway.configure(Benchmark.class.getClassLoader())
                .dataSource(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))
                .locations("classpath:jp/mypage/migration").failOnMissingLocations(true).load().migrate();
        log("Flyway: schema at version " + migrated.targetSchemaVersion + " (" + migrated.migrationsExecuted + " applied now)");
        try (Connection c = db()) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*) FROM account WHERE email = '" + COMPANY + "'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    log("already seeded");
                    notes.add("The data was seeded by an earlier run of this command into the same database (the seed is"
                            + " skipped when the company exists).");
                    return;
                }
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            String hash = pbkdf2Hash(PASSWORD);
            Timestamp now = Timestamp.from(Instant.now());
            long base = 1_000_000_001L;
            long companyId = base;
            String accountSql = "INSERT INTO account (id, version, account_type, email, password_hash, status, person_name,"
                    + " person_name_kana, organization_name, department, phone, locale, created_at, email_confirmed_at, failed_logins)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '0312345678', 'ja', ?, ?, 0)";
            try (PreparedStatement a = c.prepareStatement(accountSql);
                    PreparedStatement link = c.prepareStatement("INSERT INTO corporate_link (id, learner_id, corporate_id,"
                            + " status, requested_at, linked_at) VALUES (?, ?, ?, 'ACTIVE', ?, ?)")) {
                account(a, companyId, "CORPORATE", COMPANY, hash, "ACTIVE", "担当者 ベンチ", "株式会社ベンチ", null, now);
                a.executeBatch();
                for (int i = 0; i < LEARNERS; i++) {
                    long id = base + 1 + i;
                    Timestamp at = Timestamp.from(now.toInstant().minusSeconds(LEARNERS - i));
                    account(a, id, "PERSONAL", learner(i), hash, "ACTIVE", "受講者 " + i, null, "部署" + (i % 10), at);
                    link.setLong(1, id);
                    link.setLong(2, id);
                    link.setLong(3, companyId);
                    link.setTimestamp(4, at);
                    link.setTimestamp(5, at);
                    link.addBatch();
                    if ((i + 1) % 2000 == 0) {
                        a.executeBatch();
                        link.executeBatch();
                    }
                }
                a.executeBatch();
                link.executeBatch();
                String[] statuses = {"PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL", "ACTIVE", "REJECTED",
                    "PENDING_VERIFICATION"};
                long appBase = base + 1 + LEARNERS;
                for (int i = 0; i < APPLICATIONS; i++) {
                    boolean corporate = i % 4 == 0;
                    String status = statuses[i % statuses.length];
                    Timestamp at = Timestamp.from(now.toInstant().minusSeconds(60L * (APPLICATIONS - i)));
                    account(a, appBase + i, corporate ? "CORPORATE" : "PERSONAL", "applicant-" + (appBase + i) + "@bench.test",
                            "seeded-no-login", status, "申請者 " + i, corporate ? "株式会社申請 " + i : null, null, at);
                    if ("PENDING_VERIFICATION".equals(status)) {
                        // not confirmed yet
                    }
                    if ((i + 1) % 5000 == 0) {
                        a.executeBatch();
                    }
                }
                a.executeBatch();
            }
            c.commit();
            log(String.format("seeded 1 company, %,d linked learners, %,d applications in %d ms", LEARNERS, APPLICATIONS,
                    (System.nanoTime() - t0) / 1_000_000));
            // 10 動画配信 courses; 1,000 orders of the company, 100 seats each, named round robin to the learners.
            long courseBase = 1_000_000_001L;
            try (PreparedStatement course = c.prepareStatement("INSERT INTO course (id, version, code, title, description,"
                    + " delivery, price, tax_rate, access_days, published_at, created_at, updated_at)"
                    + " VALUES (?, 1, ?, ?, '研修の説明です。', 'E_LEARNING', 10000, 10, 365, ?, ?, ?)")) {
                for (int k = 0; k < 10; k++) {
                    course.setLong(1, courseBase + k);
                    course.setString(2, "BENCH" + k);
                    course.setString(3, "ベンチ研修 " + k);
                    course.setTimestamp(4, now);
                    course.setTimestamp(5, now);
                    course.setTimestamp(6, now);
                    course.addBatch();
                }
                course.executeBatch();
            }
            String[] states = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "COMPLETED", "IN_PROGRESS", "ABSENT"};
            long day = 86_400L;
            try (PreparedStatement order = c.prepareStatement("INSERT INTO training_order (id, version, order_number,"
                    + " request_key, buyer_id, course_id, session_id, course_title, delivery, unit_price, tax_rate, access_days,"
                    + " seat_count, net_amount, status, payment_method, payment_status, ordered_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, NULL, ?, 'E_LEARNING', 10000, 10, 365, ?, ?, 'APPLIED', 'INVOICE', 'UNPAID', ?)");
                    PreparedStatement seat = c.prepareStatement("INSERT INTO seat (id, version, order_id, learner_id, status,"
                            + " assigned_at, access_ends_at, first_used_at, charge, learning_status, progress_percent,"
                            + " completed_at, buyer_id, schedule_at) VALUES (?, 1, ?, ?, 'ACTIVE', ?, ?, ?, 10000, ?, ?, ?, ?, ?)")) {
                long orderBase = 1_000_000_001L;
                long seatBase = 1_000_000_001L;
                int n = 0;
                for (int o = 0; o < ORDERS; o++) {
                    long orderId = orderBase + o;
                    Instant orderedAt = now.toInstant().minusSeconds(day * (o % 730));
                    order.setLong(1, orderId);
                    order.setString(2, "BN" + orderId);
                    order.setString(3, "bench-" + orderId);
                    order.setLong(4, companyId);
                    order.setLong(5, courseBase + o % 10);
                    order.setString(6, "ベンチ研修 " + o % 10);
                    order.setInt(7, SEATS_PER_ORDER);
                    order.setLong(8, 10_000L * SEATS_PER_ORDER);
                    order.setTimestamp(9, Timestamp.from(orderedAt));
                    order.addBatch();
                    for (int k = 0; k < SEATS_PER_ORDER; k++, n++) {
                        String state = states[n % states.length];
                        Timestamp ends = Timestamp.from(orderedAt.plusSeconds(day * 365));
                        seat.setLong(1, seatBase + n);
                        seat.setLong(2, orderId);
                        seat.setLong(3, base + 1 + n % LEARNERS);
                        seat.setTimestamp(4, Timestamp.from(orderedAt));
                        seat.setTimestamp(5, ends);
                        seat.setTimestamp(6, "NOT_STARTED".equals(state) ? null : Timestamp.from(orderedAt.plusSeconds(day)));
                        seat.setString(7, state);
                        seat.setInt(8, "COMPLETED".equals(state) ? 100 : "IN_PROGRESS".equals(state) ? 10 + n % 80 : 0);
                        seat.setTimestamp(9, "COMPLETED".equals(state) ? Timestamp.from(orderedAt.plusSeconds(day * (1 + n % 60))) : null);
                        seat.setLong(10, companyId);
                        seat.setTimestamp(11, ends);
                        seat.addBatch();
                    }
                    if ((o + 1) % 50 == 0) {
                        order.executeBatch();
                        seat.executeBatch();
                    }
                }
                order.executeBatch();
                seat.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            log(String.format("seeded everything in %d ms", ms));
            notes.add(String.format(Locale.ROOT, "Seeded by JDBC batches (reWriteBatchedInserts) after Flyway: 1 company, %,d"
                    + " learners linked to it (all with the same PBKDF2 hash), %,d applications (accounts in every status, most"
                    + " 承認待ち), %,d orders of the company with %d seats each = %,d 受講履歴 rows, in %.1f s.", LEARNERS,
                    APPLICATIONS, ORDERS, SEATS_PER_ORDER, ORDERS * SEATS_PER_ORDER, ms / 1000.0));
        }
    }

    static void account(PreparedStatement a, long id, String type, String email, String hash, String status, String name,
            String organization, String department, Timestamp at) throws Exception {
        a.setLong(1, id);
        a.setString(2, type);
        a.setString(3, email);
        a.setString(4, hash);
        a.setString(5, status);
        a.setString(6, name);
        a.setString(7, "ジュコウシャ");
        a.setString(8, organization);
        a.setString(9, department);
        a.setTimestamp(10, at);
        a.setTimestamp(11, "PENDING_VERIFICATION".equals(status) ? null : at);
        a.addBatch();
    }

    static String learner(int i) {
        return "bench-learner-" + i + "@bench.test";
    }

    // ---------------------------------------------------------------- PBKDF2, as the portal configures it

    static byte[] pbkdf2(char[] password, byte[] salt) throws Exception {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, 600_000, 256)).getEncoded();
    }

    /** Jakarta Security's Pbkdf2PasswordHash format: algorithm:iterations:salt:hash (Base64). */
    static String pbkdf2Hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:600000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(pbkdf2(password.toCharArray(), salt));
    }

    /** Raw PBKDF2 verifications/s on as many threads as processors, in this (the client's) JVM. */
    static double hashRate(int seconds) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Future<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                byte[] salt = new byte[32];
                while (System.nanoTime() < end) {
                    pbkdf2("not the password".toCharArray(), salt);
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : counts) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- one configuration

    static void phase(int nodes) throws Exception {
        log("=== " + nodes + " node(s)");
        cluster("start", nodes);
        try {
            double hashes = hashRate(10);
            log(String.format("PBKDF2 in the client JVM: %.1f hashes/s", hashes));
            // Warm the pages up (JIT, caches), with a few sessions that are not counted.
            List<Client> warm = new ArrayList<>();
            for (int i = 0; i < 2 * nodes; i++) {
                warm.add(learnerSession(USERS + i));
            }
            Client warmCompany = companySession();
            Client warmOperator = operatorSession(USERS);
            for (int k = 0; k < 3; k++) {
                for (Client c : warm) {
                    c.page("/mypage/history");
                    c.page("/mypage/applications");
                }
                warmCompany.page("/mypage/applications");
                warmCompany.page("/mypage/linked-learners");
                warmCompany.page("/mypage/learning-history");
                warmOperator.page("/admin/applications");
            }
            long heapBefore = heapUsed();
            // 50 signed-in learners, 50 sessions of the company's contact, 50 operator sessions, each from its own client.
            int signing = 2 * nodes;
            List<Client> learners = parallel(USERS, signing, i -> learnerSession(i));
            List<Client> companies = parallel(USERS, signing, i -> companySession());
            List<Client> operators = parallel(USERS, signing, i -> operatorSession(i));
            int sessions = learners.size() + companies.size() + operators.size();
            for (List<Client> group : List.of(learners, companies, operators)) {
                // A connection the balancer closed (seen once on 2 nodes: "EOF reached while reading") is tried again.
                parallel(group.size(), i -> {
                    String path = group == operators ? "/admin/applications" : "/mypage/applications";
                    try {
                        return group.get(i).page(path);
                    } catch (RuntimeException e) {
                        return group.get(i).page(path);
                    }
                });
            }
            long heapAfter = heapUsed();
            double perSession = (heapAfter - heapBefore) / (double) sessions;
            row(nodes, "heap per signed-in session (used heap after full GC, summed over the nodes, "
                    + sessions + " sessions that each saw one page)", String.format(Locale.ROOT, "%.1f KiB", perSession / 1024));
            pages(nodes, "お申込み履歴一覧 (company, 1,000 orders) /mypage/applications", companies, "/mypage/applications");
            pages(nodes, "連携者一覧 (company, 10,000 learners) /mypage/linked-learners", companies, "/mypage/linked-learners");
            pages(nodes, "受講履歴 (company, 100,000 rows) /mypage/learning-history", companies, "/mypage/learning-history");
            pages(nodes, "受講履歴 (learner, ~10 rows) /mypage/history", learners, "/mypage/history");
            pages(nodes, "お申込み履歴一覧 (learner) /mypage/applications", learners, "/mypage/applications");
            pages(nodes, "console first page (operator, 100,000 applications) /admin/applications", operators, "/admin/applications");
            logins(nodes, hashes);
            if (nodes >= 2) {
                failover(learners);
            }
        } finally {
            cluster("stop", 0);
        }
    }

    static void logins(int nodes, double hashes) throws Exception {
        int clients = 2 * Runtime.getRuntime().availableProcessors() * nodes;
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger next = new AtomicInteger(1000);
        long end = System.nanoTime() + LOGIN_SECONDS * 1_000_000_000L;
        long t0 = System.nanoTime();
        parallel(clients, i -> {
            while (System.nanoTime() < end) {
                Client c = new Client();
                try {
                    int status = c.login("/index", "PERSONAL", learner(next.getAndIncrement() % LEARNERS), PASSWORD);
                    (status == 302 ? ok : status == 429 ? refused : other).incrementAndGet();
                } catch (RuntimeException e) {
                    other.incrementAndGet();
                }
            }
            return null;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = ok.get() / seconds;
        row(nodes, "logins/s at saturation (" + clients + " clients, each login a GET of the form and its POST answered 302)",
                String.format(Locale.ROOT, "%.1f (%d ok, %d refused 429, %d other, %.1f s)", rate, ok.get(), refused.get(),
                        other.get(), seconds));
        row(nodes, "raw PBKDF2 hashes/s (client JVM, " + Runtime.getRuntime().availableProcessors() + " threads, 600,000 iterations)",
                String.format(Locale.ROOT, "%.1f", hashes));
        row(nodes, "logins/s ÷ hashes/s", String.format(Locale.ROOT, "%.1f %%", 100 * rate / hashes));
    }

    static void pages(int nodes, String what, List<Client> clients, String path) throws Exception {
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + PAGE_SECONDS * 1_000_000_000L;
        long t0 = System.nanoTime();
        parallel(clients.size(), i -> {
            Client c = clients.get(i);
            while (System.nanoTime() < end) {
                long s = System.nanoTime();
                boolean good;
                try {
                    good = c.page(path);
                } catch (RuntimeException e) {
                    good = false;
                }
                if (good) {
                    times.add(System.nanoTime() - s);
                } else {
                    failed.incrementAndGet();
                }
            }
            return null;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        row(nodes, what + ", " + clients.size() + " users", String.format(Locale.ROOT,
                "p50 %d ms, p95 %d ms (%d requests, %.1f/s, %d failed)", pct(sorted, 50), pct(sorted, 95), sorted.size(),
                sorted.size() / seconds, failed.get()));
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000;
    }

    /** 50 learners load their 受講履歴 in a loop; after 5 s the node serving most of them is killed (kill -9). */
    static void failover(List<Client> learners) throws Exception {
        Map<String, Integer> byNode = new LinkedHashMap<>();
        List<String> sessionsBefore = new ArrayList<>();
        for (Client c : learners) {
            byNode.merge(String.valueOf(c.cookie("MYPAGE_NODE")), 1, Integer::sum);
            sessionsBefore.add(c.cookie("JSESSIONID"));
        }
        String victim = byNode.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        Path pidFile = RUN.resolve(victim + ".pid");
        String pid = Files.readString(pidFile).trim();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        long end = System.nanoTime() + 20_000_000_000L;
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> kill = killer.submit(() -> {
            Thread.sleep(5000);
            new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
            log("killed " + victim + " (pid " + pid + ") with kill -9");
            return null;
        });
        parallel(learners.size(), i -> {
            Client c = learners.get(i);
            while (System.nanoTime() < end) {
                requests.incrementAndGet();
                int status = -1;
                for (int attempt = 0; attempt < 2; attempt++) {
                    try {
                        status = c.get("/mypage/history").statusCode();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    if (status != -1 && status < 500) {
                        break;
                    }
                    if (attempt == 0) {
                        retried.incrementAndGet();
                    }
                }
                if (status == 302) {
                    signedOut.incrementAndGet();
                } else if (status != 200) {
                    failed.incrementAndGet();
                }
            }
            return null;
        });
        kill.get();
        killer.shutdown();
        int kept = 0;
        for (int i = 0; i < learners.size(); i++) {
            Client c = learners.get(i);
            if (c.page("/mypage/history") && String.valueOf(sessionsBefore.get(i)).equals(c.cookie("JSESSIONID"))) {
                kept++;
            }
        }
        row(2, "failover: kill -9 of " + victim + " (served " + byNode.get(victim) + " of " + learners.size()
                + " learners) 5 s into 20 s of 受講履歴 requests, client retries once",
                String.format(Locale.ROOT, "%d requests, %d retried, %d failed after the retry, %d answered as signed out;"
                        + " sessions kept (same JSESSIONID, still signed in): %d of %d", requests.get(), retried.get(),
                        failed.get(), signedOut.get(), kept, learners.size()));
        Files.deleteIfExists(pidFile);
    }

    // ---------------------------------------------------------------- sign-in (kept in one place each)

    static Client learnerSession(int i) {
        return signIn("/index", "PERSONAL", learner(i), PASSWORD, "learner login");
    }

    static Client companySession() {
        return signIn("/index", "CORPORATE", COMPANY, PASSWORD, "company login");
    }

    /**
     * Operator {@code i}'s sign-in to the console: the password, then the current code of the seeded
     * authenticator secret (the portal's own {@code SecondFactorCodes}). A code is accepted once per
     * operator, so each session is a seeded operator of its own ({@link #seedOperators}).
     */
    static Client operatorSession(int i) {
        String email = operator(i);
        Client c = signIn("/admin/index", null, email, OPERATOR_PASSWORD, "operator login");
        String code = CODES.codeAt(OPERATOR_SECRETS.get(email), SecondFactorCodes.stepAt(Instant.now()));
        int status = c.submit("/admin/second-factor", "codeForm", Map.of("codeForm:code", code, "codeForm:verify", "確認する"));
        if (status != 302) {
            throw new IllegalStateException("operator " + email + ": the second step answered " + status);
        }
        return c;
    }

    static String operator(int i) {
        return "bench-operator-" + i + "@bench.test";
    }

    /**
     * USERS + 1 operators who have enrolled an authenticator app (the last one warms the pages up),
     * added when missing, each with a secret of its own; their secrets are read for the codes.
     */
    static void seedOperators() throws Exception {
        try (Connection c = db()) {
            c.setAutoCommit(false);
            String hash = null;
            long id;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM operator")) {
                r.next();
                id = Math.max(r.getLong(1), 1_000_000_000L);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement find = c.prepareStatement("SELECT totp_secret FROM operator WHERE email = ?");
                    PreparedStatement add = c.prepareStatement("INSERT INTO operator (id, version, email, name, password_hash,"
                            + " created_at, created_by, failed_logins, locale, totp_secret, totp_enrolled_at)"
                            + " VALUES (?, 1, ?, ?, ?, ?, 'benchmark', 0, 'ja', ?, ?)")) {
                for (int i = 0; i <= USERS; i++) {
                    String email = operator(i);
                    find.setString(1, email);
                    try (ResultSet r = find.executeQuery()) {
                        if (r.next()) {
                            OPERATOR_SECRETS.put(email, r.getString(1));
                            continue;
                        }
                    }
                    if (hash == null) {
                        hash = pbkdf2Hash(OPERATOR_PASSWORD);
                    }
                    String secret = CODES.newSecret();
                    add.setLong(1, ++id);
                    add.setString(2, email);
                    add.setString(3, "運営 " + i);
                    add.setString(4, hash);
                    add.setTimestamp(5, now);
                    add.setString(6, secret);
                    add.setTimestamp(7, now);
                    add.addBatch();
                    OPERATOR_SECRETS.put(email, secret);
                }
                add.executeBatch();
            }
            c.commit();
        }
        log(OPERATOR_SECRETS.size() + " operators with an authenticator app");
    }

    /**
     * Signs in, waiting and trying again while the portal answers 429 (its turns of password checks are
     * full): the sessions of the page measurements are opened a few at a time, not timed.
     */
    static Client signIn(String path, String type, String email, String password, String what) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Client c = new Client();
            int status = c.login(path, type, email, password);
            if (status == 302) {
                return c;
            }
            if (status != 429) {
                throw new IllegalStateException(what + " answered " + status);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(what + ": still 429 after 50 attempts");
    }

    // ---------------------------------------------------------------- plumbing

    static <T> List<T> parallel(int n, Function<Integer, T> task) throws Exception {
        return parallel(n, n, task);
    }

    static <T> List<T> parallel(int n, int threads, Function<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> task.apply(k)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** Used heap after a full GC, summed over the running nodes (jcmd). */
    static long heapUsed() throws Exception {
        long total = 0;
        try (var files = Files.list(RUN)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().matches("node\\d+\\.pid")).toList()) {
                String pid = Files.readString(pidFile).trim();
                run("jcmd", pid, "GC.run");
                String info = run("jcmd", pid, "GC.heap_info");
                Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
                if (m.find()) {
                    total += Long.parseLong(m.group(1)) * 1024;
                }
            }
        }
        return total;
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static void cluster(String what, int nodes) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("cluster/" + what).toString()));
        if (nodes > 0) {
            command.add(String.valueOf(nodes));
        }
        int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException("cluster/" + what + " failed: " + rc);
        }
    }

    static void row(int nodes, String what, String value) {
        String line = "| " + nodes + " | " + what + " | " + value + " |";
        table.add(line);
        log(line);
    }

    static void log(String s) {
        System.out.println("[bench " + Instant.now() + "] " + s);
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    /** One user: its own cookies (session, the balancer's node cookie), redirects not followed. */
    static final class Client {
        private static final Pattern TAG = Pattern.compile("<(form|input)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
        private static final Pattern NONCE = Pattern.compile("<script\\b[^>]*\\bnonce=\"([^\"]+)\"");
        final CookieManager cookies = new CookieManager();
        // HTTP/1.1 as browsers speak it here: java.net.http would otherwise upgrade plain HTTP to h2c (101), whose
        // connections a node closed under the 2-node run ("EOF reached while reading", HAProxy: SD).
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET().build());
        }

        /** A signed-in page: 200 and not the login form. */
        boolean page(String path) {
            HttpResponse<String> r = get(path);
            return r.statusCode() == 200 && !r.body().contains("id=\"loginForm\"");
        }

        String cookie(String name) {
            for (HttpCookie c : cookies.getCookieStore().getCookies()) {
                if (c.getName().equals(name)) {
                    return c.getValue();
                }
            }
            return null;
        }

        /** GET of the login form, POST of it: the status of the POST (302 = signed in). */
        int login(String path, String type, String email, String password) {
            Map<String, String> values = new LinkedHashMap<>();
            if (type != null) {
                values.put("loginForm:type", type);
            }
            values.put("loginForm:email", email);
            values.put("loginForm:password", password);
            values.put("loginForm:login", "ログイン");
            return submit(path, "loginForm", values);
        }

        /** GET of a page, POST of its form {@code formId} with these values besides its hidden fields: the POST's status. */
        int submit(String path, String formId, Map<String, String> values) {
            HttpResponse<String> page = get(path);
            if (page.statusCode() != 200) {
                return page.statusCode();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String action = null;
            boolean inForm = false;
            Matcher tag = TAG.matcher(page.body());
            while (tag.find()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(tag.group(2));
                while (a.find()) {
                    attributes.put(a.group(1).toLowerCase(Locale.ROOT), a.group(2));
                }
                if (tag.group(1).equalsIgnoreCase("form")) {
                    inForm = formId.equals(attributes.get("id"));
                    if (inForm) {
                        action = unescape(attributes.get("action"));
                    }
                } else if (inForm && "hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                    fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
                }
            }
            if (action == null) {
                throw new IllegalStateException("no " + formId + " on " + path);
            }
            Matcher nonce = NONCE.matcher(page.body());
            if (!fields.containsKey("primefaces.nonce") && nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            fields.putAll(values);
            String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(BASE).resolve(action)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String unescape(String html) {
            return html == null ? null : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&#39;", "'");
        }
    }
}
