package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Limits per source address and the cap on simultaneous password checks, with the defaults
 * (20 logins and 10 of each other form per source and minute; 60 new sessions per source and minute;
 * one check per processor, as many waiting). The tests' clients connect over loopback, which the test server trusts as a proxy
 * ({@code TRUSTED_PROXIES=127.0.0.1,::1}) and does not limit itself; each simulated source is an
 * {@code X-Forwarded-For} address. A client that connects over this machine's network address is
 * no proxy: what it writes into the header is ignored.
 */
class ThrottleIT extends PortalIT {

    private static final String TRY_LATER = "しばらくしてから、もう一度お試しください。";
    private static final String LOGIN_FAILED = "メールアドレスまたはパスワードが正しくありません";
    private static final String XFF = "X-Forwarded-For";
    /** The longest warm-up before logins are counted at saturation. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("it.throttle.warmUpSeconds", 60);
    /** 198.18.0.0/15 (benchmarking): addresses no other test uses; a random start per run. */
    private static final AtomicInteger NEXT_SOURCE = new AtomicInteger(new java.util.Random().nextInt(60_000));

    private static String newSource() {
        int n = NEXT_SOURCE.incrementAndGet() % 131_072;
        return "198." + (18 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    private static FormClient accountLogin(FormClient client, String email, String password) {
        return client.open("/index", "loginForm")
                .set("loginForm:type", "PERSONAL")
                .set("loginForm:email", email)
                .set("loginForm:password", password)
                .set("loginForm:login", "ログイン");
    }

    private static FormClient operatorLogin(FormClient client, String email, String password) {
        return client.open("/admin/index", "loginForm")
                .set("loginForm:email", email)
                .set("loginForm:password", password)
                .set("loginForm:login", "ログイン");
    }

    private static FormClient resend(FormClient client, String email) {
        return client.open("/resend-confirmation", "resendForm")
                .set("resendForm:type", "PERSONAL")
                .set("resendForm:email", email)
                .set("resendForm:send", "送信");
    }

    private static void assertRefused(HttpResponse<String> answer, String email, String what) {
        assertEquals(429, answer.statusCode(), what + ": 429 Too Many Requests");
        assertTrue(answer.body().contains(TRY_LATER), what + ": the page says しばらくしてから");
        assertTrue(answer.body().contains("value=\"" + email + "\""), what + ": the form keeps the address typed");
        assertEquals("60", answer.headers().firstValue("Retry-After").orElse(""), what + ": Retry-After");
    }

    @Test
    void aSourceGetsTwentyLoginsAMinuteOverBothFormsAndAnotherSourceIsNotCounted() {
        String source = newSource();
        String email = "nobody-" + UUID.randomUUID() + "@example.test";
        String wrong = "a wrong password for sure";
        for (int i = 1; i <= 20; i++) {
            FormClient client = new FormClient().header(XFF, "192.0.2.99, " + source);
            HttpResponse<String> answer = (i % 2 == 0 ? operatorLogin(client, email, wrong) : accountLogin(client, email, wrong)).post();
            assertEquals(200, answer.statusCode(), "login " + i + " from " + source + " is checked");
            assertTrue(answer.body().contains(LOGIN_FAILED), "login " + i + " is refused as a wrong password");
        }
        HttpResponse<String> refused = accountLogin(new FormClient().header(XFF, source), email, wrong).post();
        assertRefused(refused, email, "the 21st login from " + source);
        assertFalse(refused.body().contains(wrong), "the password typed is not sent back");
        assertFalse(refused.body().contains(LOGIN_FAILED), "the 21st login is not checked at all");
        assertRefused(operatorLogin(new FormClient().header(XFF, source), email, wrong).post(), email,
                "the operators' login from " + source);

        HttpResponse<String> other = accountLogin(new FormClient().header(XFF, newSource()), email, wrong).post();
        assertEquals(200, other.statusCode(), "another source is not refused");
        assertTrue(other.body().contains(LOGIN_FAILED), "another source's login is checked");
    }

    @Test
    void aSourceGetsTenConfirmationRequestsAMinute() {
        String source = newSource();
        String email = "resend-" + UUID.randomUUID() + "@example.test";
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> answer = resend(new FormClient().header(XFF, source), email).post();
            assertEquals(200, answer.statusCode(), "request " + i + " is answered");
            assertTrue(answer.body().contains("確認メールを送信しました"), "request " + i + " gets the form's answer");
        }
        assertRefused(resend(new FormClient().header(XFF, source), email).post(), email, "the 11th request");
        assertEquals(200, resend(new FormClient().header(XFF, newSource()), email).post().statusCode(),
                "another source is answered");
    }

    @Test
    void aSourceStartsSixtySessionsAMinuteAndRequestsThatStartNoneAreNotCounted() {
        String source = newSource();
        String stylesheet = stylesheetOf(new FormClient().get("/index").body());
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> asset = new FormClient().header(XFF, source).get(stylesheet);
            assertEquals(200, asset.statusCode(), "stylesheet " + i + " without a cookie");
            assertTrue(asset.headers().allValues("Set-Cookie").isEmpty(), "a stylesheet starts no session");
        }
        FormClient first = null;
        for (int i = 1; i <= 60; i++) {
            FormClient visitor = new FormClient().header(XFF, source);
            HttpResponse<String> page = visitor.get("/index");
            assertEquals(200, page.statusCode(), "visitor " + i + " without a cookie from " + source
                    + " (the 10 stylesheets before were not counted)");
            assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                    "visitor " + i + " gets a session");
            first = first == null ? visitor : first;
        }
        HttpResponse<String> refused = new FormClient().header(XFF, source).get("/index");
        assertEquals(429, refused.statusCode(), "the 61st new session of the minute from " + source);
        assertEquals("60", refused.headers().firstValue("Retry-After").orElse(""), "Retry-After");
        assertTrue(refused.body().contains(TRY_LATER), "the page says しばらくしてから");
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "the refused request starts no session");
        assertEquals(200, first.get("/index").statusCode(), "a visitor of the source who has a session goes on");
        FormClient login = accountLogin(first, "nobody-" + UUID.randomUUID() + "@example.test", "a wrong password for sure");
        assertEquals(200, login.post().statusCode(), "and can use the login form");
        assertEquals(200, new FormClient().header(XFF, newSource()).get("/index").statusCode(), "another source is answered");
    }

    private static String stylesheetOf(String page) {
        Matcher link = Pattern.compile("href=\"([^\"]*portal\\.css[^\"]*)\"").matcher(page);
        assertTrue(link.find(), "the page links its stylesheet");
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void forwardedForFromAClientThatIsNoProxyIsIgnored() throws Exception {
        Optional<String> own = ownNetworkAddress();
        Assumptions.assumeTrue(own.isPresent(), "this machine has no network address besides loopback");
        String base = "http://" + own.get() + ":8080";
        String email = "untrusted-" + UUID.randomUUID() + "@example.test";
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> answer = resend(new FormClient(base).header(XFF, newSource()), email).post();
            assertEquals(200, answer.statusCode(), "request " + i + " from " + own.get() + " is answered");
        }
        assertRefused(resend(new FormClient(base).header(XFF, newSource()), email).post(), email,
                "the 11th request from " + own.get() + ", whatever X-Forwarded-For it claims");
    }

    /** A non-loopback IPv4 address of this machine, which the server sees as the peer when a client connects to it. */
    private static Optional<String> ownNetworkAddress() throws java.net.SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return Optional.of(address.getHostAddress());
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void loginsRunNearTheHashBoundAndAFloodIsRefusedWhileSignedInLearnersStayFast() throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        String prefix = "thr" + UUID.randomUUID().toString().substring(0, 8);
        int learners = 40;
        assertEquals("200 " + learners, Browser.supportPost("seed/learners?prefix=" + prefix + "&count=" + learners
                + "&password=" + PASSWORD.replace(" ", "%20")));

        double hashesBefore = hashesPerSecond(cpus);
        // What the server spends when nobody asks anything (JIT, GC, the database's and the server's own
        // background work): part of the processor time a login appears to cost at saturation.
        CpuSample idleFrom = CpuSample.now();
        Thread.sleep(5_000);
        CpuSample idleTo = CpuSample.now();
        double serverIdleMillisPerSecond = (idleTo.server() - idleFrom.server()) / 1e6 / 5;
        Rate logins = loginsAtSaturation(prefix, learners, 2 * cpus);
        double hashesAfter = hashesPerSecond(cpus);
        double bound = (hashesBefore + hashesAfter) / 2;
        System.out.printf("ThrottleIT saturation: %.1f logins/s (GET form + POST, 302; %d in %.1f s after %.1f s of warm-up,"
                + " %d refused 429, %d threads) against %.1f raw PBKDF2 hashes/s (%d threads in the server: %.1f before,"
                + " %.1f after) = %.1f %% of the hash bound%n", logins.perSecond(), logins.done, logins.seconds,
                logins.warmUpSeconds, logins.refused, 2 * cpus, bound, cpus, hashesBefore, hashesAfter, 100 * logins.perSecond() / bound);
        double server = logins.millisPerLogin(CpuSample::server);
        double client = logins.millisPerLogin(CpuSample::client);
        double busy = logins.millisPerLogin(CpuSample::machineBusy);
        System.out.printf("ThrottleIT processor time per login: %.1f ms in the server (one PBKDF2 verification is %.1f ms,"
                + " so %.1f ms for the rest of the login: pages, session, database), %.1f ms in the test's clients,"
                + " %.1f ms elsewhere on the machine, %.1f ms idle%n", server, cpus * 1000 / bound,
                server - cpus * 1000 / bound, client, busy - server - client, logins.millisPerLogin(CpuSample::machineIdle));
        System.out.printf("ThrottleIT background: with no request the server uses %.1f ms of processor time a second,"
                + " %.1f ms per login at %.1f logins/s%n", serverIdleMillisPerSecond,
                serverIdleMillisPerSecond / logins.perSecond(), logins.perSecond());
        System.out.printf("ThrottleIT server JVM during the logins: garbage collection %.1f ms and JIT compilation %.1f ms"
                + " per login (as the JVM counts them, wall-clock), heap %d MB in use of %d MB at the end%n",
                (double) (logins.to.serverGcMillis() - logins.from.serverGcMillis()) / logins.done,
                (double) (logins.to.serverJitMillis() - logins.from.serverJitMillis()) / logins.done,
                logins.to.heapUsedMb(), logins.to.heapMaxMb());
        double jitThreads = logins.millisPerLogin(CpuSample::serverJitThreads);
        double gcThreads = logins.millisPerLogin(CpuSample::serverGcThreads);
        System.out.printf("ThrottleIT processor time of the server's own threads per login: JIT compiler threads %.1f ms,"
                + " garbage collector threads %.1f ms; the rest of the login without them: %.1f ms%n", jitThreads,
                gcThreads, server - cpus * 1000 / bound - jitThreads - gcThreads);

        FormClient learner = accountLogin(new FormClient(), prefix + "-0@example.test", PASSWORD);
        assertEquals(302, learner.post().statusCode(), "the learner signs in");
        List<Long> quiet = pageTimes(learner, 30);
        Flood flood = new Flood(24);
        List<Long> underFlood;
        try {
            Thread.sleep(2_000);
            underFlood = pageTimes(learner, 60);
        } finally {
            flood.stop();
        }
        System.out.printf("ThrottleIT flood: 24 clients, %d logins checked (200), %d refused 429 in %.1f s;"
                + " /mypage/applications p95 %d ms under the flood (p50 %d ms, %d requests), p95 %d ms before%n",
                flood.answers.getOrDefault(200, new AtomicInteger()).get(),
                flood.answers.getOrDefault(429, new AtomicInteger()).get(), flood.seconds(),
                percentile(underFlood, 95), percentile(underFlood, 50), underFlood.size(), percentile(quiet, 95));
        assertEquals(Map.of(), otherThan(flood.answers, 200, 429), "a flood gets only checked logins and 429s");
        assertTrue(flood.answers.getOrDefault(429, new AtomicInteger()).get() > 0, "the flood is partly refused");
        double limit = MachineSpeed.scaledMillis(2_000);
        assertTrue(percentile(underFlood, 95) < limit, "a signed-in learner's page stays under two seconds (p95;"
                + " on a machine slower than the reference, in proportion: " + Math.round(limit) + " ms)");
        // A second PBKDF2 run per login would halve the rate: below half the bound something runs twice.
        assertTrue(logins.perSecond() >= 0.5 * bound, "logins at saturation reach at least half the hash bound");
    }

    private static Map<Integer, Integer> otherThan(Map<Integer, AtomicInteger> answers, int... expected) {
        Map<Integer, Integer> others = new java.util.TreeMap<>();
        answers.forEach((status, count) -> {
            if (java.util.Arrays.stream(expected).noneMatch(e -> e == status)) {
                others.put(status, count.get());
            }
        });
        return others;
    }

    private static double hashesPerSecond(int threads) {
        return MachineSpeed.hashesPerSecond(threads, 6);
    }

    private record Rate(int done, int refused, double seconds, double warmUpSeconds, CpuSample from, CpuSample to) {
        double perSecond() {
            return done / seconds;
        }

        /** Milliseconds of processor time per successful login, of what {@code part} picks of a sample. */
        double millisPerLogin(java.util.function.ToLongFunction<CpuSample> part) {
            return (part.applyAsLong(to) - part.applyAsLong(from)) / 1e6 / done;
        }
    }

    /**
     * Processor time used so far, in nanoseconds: by the server's JVM (its embedded H2 included), by
     * this test's JVM (the clients), and by the whole machine, busy and idle ({@code /proc/stat}, in
     * units of 10 ms: Linux's USER_HZ); and of the server's JIT compiler and garbage collector threads,
     * part of the server's.
     */
    private record CpuSample(long server, long client, long machineBusy, long machineIdle, long serverGcMillis,
            long serverJitMillis, long heapUsedMb, long heapMaxMb, long serverJitThreads, long serverGcThreads) {
        static CpuSample now() {
            String[] answer = Browser.supportPost("cpu-time").split(" ");
            assertEquals("200", answer[0], "the server tells its processor time");
            long client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            String[] cpu;
            try {
                cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the machine's processor time (/proc/stat)", e);
            }
            long busy = 0;
            long idle = 0;
            // cpu user nice system idle iowait irq softirq steal …
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                long jiffies = Long.parseLong(cpu[i]) * 10_000_000L;
                if (i == 4 || i == 5) {
                    idle += jiffies;
                } else {
                    busy += jiffies;
                }
            }
            return new CpuSample(Long.parseLong(answer[1]), client, busy, idle, Long.parseLong(answer[2]),
                    Long.parseLong(answer[3]), Long.parseLong(answer[4]), Long.parseLong(answer[5]),
                    Long.parseLong(answer[6]), Long.parseLong(answer[7]));
        }
    }

    /**
     * Successful logins (GET the form, POST it, 302), each from its own source, by this many clients at
     * once, counted over 15 s of steady state: after at least 3 s of logins and once the server's JIT
     * compilers take less than 5 % of a processor (a server just started compiles for a minute or more,
     * and the compilers competed with every login measured: 193 ms of compilation a login, wall-clock,
     * with ThrottleIT alone), at most 60 s of warm-up ({@code -Dit.throttle.warmUpSeconds} for longer).
     */
    private static Rate loginsAtSaturation(String prefix, int learners, int clients) throws Exception {
        AtomicLong windowStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong windowEnd = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        long started = System.nanoTime();
        try {
            Future<CpuSample[]> samples = pool.submit(() -> {
                TimeUnit.SECONDS.sleep(3);
                long warmUpEnds = started + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
                CpuSample before = CpuSample.now();
                while (System.nanoTime() < warmUpEnds) {
                    TimeUnit.SECONDS.sleep(2);
                    CpuSample after = CpuSample.now();
                    if (after.serverJitMillis() - before.serverJitMillis() < 0.05 * 2_000) {
                        break;
                    }
                    before = after;
                }
                windowStart.set(System.nanoTime());
                CpuSample from = CpuSample.now();
                TimeUnit.SECONDS.sleep(15);
                CpuSample to = CpuSample.now();
                windowEnd.set(System.nanoTime());
                return new CpuSample[] {from, to};
            });
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    FormClient client = new FormClient();
                    while (System.nanoTime() < windowEnd.get()) {
                        String email = prefix + "-" + (next.incrementAndGet() % learners) + "@example.test";
                        client.forgetCookies().header(XFF, newSource());
                        HttpResponse<String> answer = accountLogin(client, email, PASSWORD).post();
                        long now = System.nanoTime();
                        boolean counted = now > windowStart.get() && now < windowEnd.get();
                        if (answer.statusCode() == 302) {
                            if (counted) {
                                done.incrementAndGet();
                            }
                        } else if (answer.statusCode() == 429) {
                            if (counted) {
                                refused.incrementAndGet();
                            }
                        } else {
                            throw new AssertionError("a login answered " + answer.statusCode());
                        }
                    }
                    return null;
                }));
            }
            CpuSample[] cpu = samples.get(WARM_UP_SECONDS + 120, TimeUnit.SECONDS);
            for (Future<?> client : running) {
                client.get(2, TimeUnit.MINUTES);
            }
            return new Rate(done.get(), refused.get(), (windowEnd.get() - windowStart.get()) / 1e9,
                    (windowStart.get() - started) / 1e9, cpu[0], cpu[1]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Logins of unknown addresses from ever new sources, as fast as the clients go, until stopped. */
    private static final class Flood {
        final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        private final ExecutorService pool;
        private final long started = System.nanoTime();
        private final AtomicLong stopped = new AtomicLong();
        private volatile boolean running = true;

        Flood(int clients) {
            pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    FormClient client = new FormClient();
                    while (running) {
                        try {
                            HttpResponse<String> answer = accountLogin(client.header(XFF, newSource()),
                                    "stuffing-" + UUID.randomUUID() + "@example.test", "leaked password 123456").post();
                            answers.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        } catch (RuntimeException | AssertionError e) {
                            answers.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }

        void stop() throws InterruptedException {
            running = false;
            stopped.set(System.nanoTime());
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }

        double seconds() {
            return (stopped.get() - started) / 1e9;
        }
    }

    /** Opens お申込み履歴一覧 this many times one after the other; each time in milliseconds. */
    private static List<Long> pageTimes(FormClient signedIn, int times) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = signedIn.get("/mypage/applications");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, page.statusCode(), "お申込み履歴一覧 opens for the signed-in learner");
        }
        return millis;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
