package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mypage.operator.SecondFactorCodes;

/**
 * Operators' logins as an operator makes them: the password, then the code of their authenticator
 * app (2段階認証). The first login of an operator in a run enrols the app: the key is read off the
 * page as a person types it into their app, and kept here with the recovery codes shown once. Each
 * code is of the portal's time (the tests move its clock) and is given out once, as the portal
 * accepts it once: one operator has a new code every 30 seconds, so tests that only need an operator
 * sign in as one of a pool ({@link #signInAnOperator}), and a test that signs one operator in again
 * within 30 seconds gets the next step's code, or waits.
 */
final class OperatorSignIn {

    private static final SecondFactorCodes CODES = new SecondFactorCodes();
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([a-z0-9-]{19})</code></li>");
    private static final Map<String, String> SECRETS = new HashMap<>();
    private static final Map<String, List<String>> RECOVERY_CODES = new HashMap<>();
    private static final Map<String, Set<Long>> GIVEN = new HashMap<>();

    /**
     * The console's operators for tests that only need one signed in: a code is accepted once, so one
     * operator has a new code every 30 seconds (3 at first), fewer than the suite's logins need. These
     * are seeded as enrolled operators, one more whenever each has used its codes, up to this many.
     */
    private static final int POOL = 8;
    private static final List<String> POOL_EMAILS = new ArrayList<>();
    /** The pool's operators are named like the bootstrap operator (pages that name who acted show it). */
    static final String POOL_NAME = "運営 一郎";
    static final String POOL_PASSWORD = OperatorConsoleIT.OPERATOR_PASSWORD;

    private OperatorSignIn() {
    }

    /**
     * A new operator, seeded with an enrolled app (its key known here), named {@link #POOL_NAME}, who
     * signs in with {@link #POOL_PASSWORD}; their address.
     */
    static synchronized String newOperator() {
        String email = "console-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@mypage.test";
        String secret = CODES.newSecret();
        String seeded = Browser.supportPost("seed/operator?email=" + email + "&name="
                + java.net.URLEncoder.encode(POOL_NAME, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(POOL_PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                + "&secret=" + secret);
        assertEquals("200", seeded.split(" ")[0], "the operator is seeded: " + seeded);
        SECRETS.put(email, secret);
        return email;
    }

    /** Signs the browser in through both steps as an operator of the pool; their address. */
    static String signInAnOperator(Browser browser) {
        String email = anOperator();
        signIn(browser, email, POOL_PASSWORD);
        return email;
    }

    /**
     * An operator of the pool who has a code free now (signs in with {@link #POOL_PASSWORD}); seeds one
     * when none has, or waits for the next step when the pool is full.
     */
    static synchronized String anOperator() {
        while (true) {
            long now = portalEpochSecond();
            for (String email : POOL_EMAILS) {
                if (!freeSteps(email, now).isEmpty()) {
                    return email;
                }
            }
            if (POOL_EMAILS.size() < POOL) {
                String email = newOperator();
                POOL_EMAILS.add(email);
                return email;
            }
            sleepUntilNextStep(now);
        }
    }

    /** Signs the browser in through both steps (enrolling the app at the operator's first login). */
    static void signIn(Browser browser, String email, String password) {
        browser.open("/admin/").type("loginForm:email", email).type("loginForm:password", password).submit("loginForm:login");
        secondStep(browser, email);
    }

    /**
     * On the second step's page (after a right password): enrols the app if the page asks, types the
     * next code, and continues past the recovery codes. Elsewhere (the password was refused) it does
     * nothing, for the caller to see.
     */
    static void secondStep(Browser browser, String email) {
        if (enterCode(browser, email) && browser.exists("recoveryCodes")) {
            browser.click("continue");
        }
    }

    /**
     * On the second step's page: enrols the app if the page asks and types the next code, leaving the
     * browser where that leads (the recovery codes after enrolment: kept here). False if the browser
     * was not on that page.
     */
    static boolean enterCode(Browser browser, String email) {
        if (!browser.exists("codeForm:code")) {
            return false;
        }
        if (browser.exists("secret")) {
            enrolled(email, browser.text("secret"));
        }
        browser.type("codeForm:code", nextCode(email)).submit("codeForm:verify");
        if (browser.exists("recoveryCodes")) {
            keepRecoveryCodes(email, browser.pageSource());
        }
        return true;
    }

    /**
     * The second step over HTTP, in the session of a client whose password step passed: the answer to
     * the code's post (a 302 into the console when it passed). Enrols the app if the page asks.
     */
    static HttpResponse<String> secondStep(FormClient client, String email) {
        HttpResponse<String> page = client.get("/admin/second-factor");
        assertEquals(200, page.statusCode(), "the second step's page");
        Matcher secret = SECRET.matcher(page.body());
        if (secret.find()) {
            enrolled(email, secret.group(1));
        }
        HttpResponse<String> answer = client.open("/admin/second-factor", "codeForm").set("codeForm:code", nextCode(email))
                .set("codeForm:verify", "確認する").post();
        if (answer.headers().firstValue("Location").orElse("").endsWith("/admin/recovery-codes")) {
            keepRecoveryCodes(email, client.get("/admin/recovery-codes").body());
        }
        return answer;
    }

    /** Both steps over HTTP; the client is then signed in (asserted). */
    static FormClient signIn(FormClient client, String email, String password) {
        HttpResponse<String> first = client.open("/admin/index", "loginForm")
                .set("loginForm:email", email)
                .set("loginForm:password", password)
                .set("loginForm:login", "ログイン").post();
        assertEquals(302, first.statusCode(), "the password of " + email + " passes");
        HttpResponse<String> second = secondStep(client.sameSession(), email);
        assertEquals(302, second.statusCode(), "the code of " + email + " passes");
        return client.sameSession();
    }

    /** The recovery codes the operator was shown at enrolment in this run. */
    static synchronized List<String> recoveryCodes(String email) {
        return List.copyOf(RECOVERY_CODES.getOrDefault(email, List.of()));
    }

    /** Forgets an operator's app (after an operator reset it: the next login enrols a new one). */
    static synchronized void forget(String email) {
        SECRETS.remove(email);
        GIVEN.remove(email);
    }

    /** The key of the operator's app, as the enrolment page showed it. */
    static synchronized String secret(String email) {
        String secret = SECRETS.get(email);
        if (secret == null) {
            throw new IllegalStateException("no authenticator app of " + email + " was enrolled in this run");
        }
        return secret;
    }

    private static synchronized void enrolled(String email, String shownKey) {
        SECRETS.put(email, shownKey.replace(" ", ""));
        GIVEN.remove(email);
    }

    private static synchronized void keepRecoveryCodes(String email, String page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page);
        while (code.find()) {
            codes.add(code.group(1));
        }
        RECOVERY_CODES.put(email, codes);
    }

    /**
     * A code no earlier call gave out, of a step the portal accepts now and still will when the code
     * arrives: the current step or the next; the one before only early in the current step (it is
     * refused once the step after begins). When all three are given out, waits for the next step.
     */
    static String nextCode(String email) {
        return nextCodes(email, 1).get(0);
    }

    /**
     * {@code count} (at most 3) codes no earlier call gave out, all accepted by the portal now and for
     * the next ten seconds at least (for devices that post them together); waits for a step where
     * there are as many.
     */
    static synchronized List<String> nextCodes(String email, int count) {
        String secret = secret(email);
        Set<Long> given = GIVEN.computeIfAbsent(email, e -> new HashSet<>());
        while (true) {
            long now = portalEpochSecond();
            List<Long> free = freeSteps(email, now);
            if (free.size() >= count) {
                List<String> codes = new ArrayList<>();
                for (long chosen : free.subList(0, count)) {
                    given.add(chosen);
                    codes.add(CODES.codeAt(secret, chosen));
                }
                return codes;
            }
            sleepUntilNextStep(now);
        }
    }

    /**
     * The steps whose codes no call gave out and which the portal accepts at {@code now} and ten
     * seconds later: the current step and the next; the one before only in the first 20 seconds of
     * the current step.
     */
    private static List<Long> freeSteps(String email, long now) {
        Set<Long> given = GIVEN.getOrDefault(email, Set.of());
        long step = now / SecondFactorCodes.PERIOD_SECONDS;
        long into = now % SecondFactorCodes.PERIOD_SECONDS;
        return (into < 20 ? List.of(step, step + 1, step - 1) : List.of(step, step + 1)).stream()
                .filter(candidate -> !given.contains(candidate)).toList();
    }

    private static void sleepUntilNextStep(long now) {
        try {
            Thread.sleep((SecondFactorCodes.PERIOD_SECONDS - now % SecondFactorCodes.PERIOD_SECONDS) * 1000L + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portal's time (the test-support module's movable clock). */
    static long portalEpochSecond() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Browser.BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/clock")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "the portal's time");
            return Long.parseLong(answer.body().strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
