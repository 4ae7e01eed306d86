package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page through axe-core (the rules of WCAG 2.0, 2.1 and 2.2, levels A and AA), at a desktop
 * (1280 px) and at a phone (375 px) width, as each kind of user: a visitor (the public pages and the
 * error pages), a learner, a company and an operator, with rows in the tables and a few dialogs
 * open. All violations of all pages are reported in one message: page, width, rule, impact and the
 * elements.
 */
class AccessibilityIT extends PortalIT {

    /** The script of com.deque.html.axe-core:selenium (axe-core 4.10). */
    private static final String AXE = "/axe.min.js";

    /** axe-core 4.10 tags the WCAG 2.2 rules it has (2.5.8 target size) wcag22aa; it has no rule tagged wcag22a. */
    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

    private static String axeSource;

    private final Map<String, List<String>> found = new LinkedHashMap<>();
    private final Map<String, Integer> nodesPerRule = new TreeMap<>();
    private int checked;
    private String who = "";

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = AccessibilityIT.class.getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test class path");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** The violations axe finds on the page now: rule, impact, how many elements, the elements and the first message. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> violations() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axe());
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return [v.id, v.impact, v.nodes.length,"
                + " v.nodes.slice(0, 8).map(function (n) { return n.target.join(' '); }).join(' | '),"
                + " (v.nodes[0].any.concat(v.nodes[0].all, v.nodes[0].none)[0] || {message: v.help}).message]; })); })"
                + ".catch(function (e) { done([['axe-failed', 'critical', 1, String(e), '']]); });");
        return new ArrayList<>((List<List<Object>>) result);
    }

    /** The page is loaded and no ajax request is running. */
    private void settle() {
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.script(
                "return document.readyState === 'complete' && (typeof jQuery === 'undefined' || jQuery.active === 0)")));
    }

    /** Runs axe on what the browser shows now, at both widths. */
    private void audit(String what) {
        for (int width : new int[] {1280, 375}) {
            browser.windowSize(width, 900);
            settle();
            checked++;
            List<String> lines = new ArrayList<>();
            for (List<Object> v : violations()) {
                lines.add("  " + v.get(0) + " (" + v.get(1) + ", " + v.get(2) + " elements): " + v.get(3) + "\n      " + v.get(4));
                nodesPerRule.merge((String) v.get(0), ((Number) v.get(2)).intValue(), Integer::sum);
            }
            if (!lines.isEmpty()) {
                found.put(who + ": " + what + " @" + width + "px", lines);
            }
        }
        browser.windowSize(1280, 900);
    }

    private void check(String path) {
        browser.open(path);
        settle();
        audit(path);
    }

    /** Runs one user's pages; a step that fails is reported with the violations, and the others still run. */
    private void as(String user, Runnable pages) {
        who = user;
        try {
            pages.run();
        } catch (RuntimeException e) {
            found.put(who + ": could not reach every page (at " + browser.driver().getCurrentUrl() + ")",
                    List.of("  " + e.toString().lines().findFirst().orElse("")));
            browser.driver().manage().deleteAllCookies();
        }
    }

    /** The path and query of the first link on the page whose address contains the text. */
    private String firstLink(String hrefContains) {
        String href = browser.driver().findElement(By.cssSelector("a[href*='" + hrefContains + "']")).getAttribute("href");
        return href.replaceFirst("^https?://[^/]+", "");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void operatorLogIn() {
        OperatorSignIn.signInAnOperator(browser);
        browser.element("headerForm:logout");
    }

    private void logOut() {
        browser.click("headerForm:logout");
        browser.element("loginForm:login");
    }

    @Test
    void everyPageHasNoAxeViolationAsEachUserOnADesktopAndOnAPhone() {
        String code = "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] course = Browser.supportPost("seed/course?code=" + code + "&delivery=E_LEARNING&price=10000&capacity=10"
                + "&daysAhead=0&title=" + enc("アクセシビリティ研修 " + code)).split(" ");
        String[] live = Browser.supportPost("seed/course?code=" + code + "L&delivery=IN_PERSON&price=10000&capacity=10"
                + "&daysAhead=20&title=" + enc("対面研修 " + code)).split(" ");
        String prefix = "a11y" + UUID.randomUUID().toString().substring(0, 6);
        Browser.seed("learners?prefix=" + prefix + "&count=1&password=" + enc(PASSWORD));
        Browser.seed("applications?count=6");
        String learner = prefix + "-0@example.test";
        String seat = Browser.supportPost("seed/seat?buyer=" + enc(learner) + "&buyerType=PERSONAL&learner=" + enc(learner)
                + "&course=" + course[1] + "&session=0").split(" ")[1];
        Browser.supportPost("seed/seat?buyer=" + enc(learner) + "&buyerType=PERSONAL&learner=" + enc(learner)
                + "&course=" + live[1] + "&session=" + live[2]);

        as("a visitor", () -> {
            check("/");
            check("/signup/personal");
            check("/signup/corporate");
            check("/forgot-password");
            check("/resend-confirmation");
            check("/confirm?token=bogus");
            check("/reset-password?token=bogus");
            check("/accept-invitation?token=bogus");
            check("/certificates/verify");
            check("/certificates/verify?code=AAAA-BBBB-CCCC-DDDD");
            check("/no-such-page");
            check("/admin/");
        });

        String company = uniqueEmail("a11y-company");
        as("a company signing up", () -> {
            signUpCorporate(company, "株式会社アクセシビリティ");
            audit("/signup/corporate with the dialog 本登録のお願い");
            confirmByMail(company, 1);
            audit("/confirm, confirmed");
        });

        String newOperator = uniqueEmail("a11y-operator");
        String newOperatorPassword = "nidankai ninshou 2026";
        as("an operator", () -> {
            operatorLogIn();
            browser.open("/admin/course?id=" + course[1]);
            browser.upload("addLessonForm:lessonFile", LearningFixtures.video());
            browser.submit("addLessonForm:addLesson");
            browser.waitForText("lesson-3s.mp4");
            check("/admin/");
            check("/admin/applications");
            String application = firstLink("application?id=");
            check(application);
            browser.script("PF('rejectDialog').show()");
            browser.element("rejectDialog");
            audit(application + " with the dialog 却下");
            check("/admin/settings");
            check("/admin/new-account");
            check("/admin/new-account?type=corporate");
            check("/admin/import");
            check("/admin/operators");
            check("/admin/logins");
            Browser.supportPost("outbox/seed?prefix=a11y-" + System.nanoTime() + "&count=2&kind=ORDER_PLACED&failed=true");
            Browser.supportPost("outbox/seed?prefix=a11y-link-" + System.nanoTime() + "&count=1&kind=PASSWORD_RESET&link=true&failed=true");
            check("/admin/mail-failures");
            check("/admin/courses");
            check("/admin/course?id=" + course[1]);
            check("/admin/course?id=" + live[1]);
            check("/admin/orders");
            check(firstLink("order?id="));
            check("/admin/roster?session=" + live[2]);
            check("/admin/progress?course=" + live[1]);
            browser.open("/admin/operators");
            browser.type("addForm:name", "二段階 四郎").type("addForm:email", newOperator).type("addForm:password", newOperatorPassword)
                    .click("addForm:add");
            browser.waitForText("を運営者に追加しました");
            logOut();
        });

        as("a new operator (2段階認証)", () -> {
            browser.open("/admin/").type("loginForm:email", newOperator).type("loginForm:password", newOperatorPassword)
                    .submit("loginForm:login");
            browser.element("secret");
            audit("/admin/second-factor, enrolment");
            browser.type("codeForm:code", "12345").submit("codeForm:verify");
            browser.waitForText("確認コードが正しくありません");
            audit("/admin/second-factor, enrolment with a wrong code");
            OperatorSignIn.enterCode(browser, newOperator);
            browser.element("recoveryCodes");
            audit("/admin/recovery-codes");
            check("/admin/recovery-codes");
            logOut();
            browser.open("/admin/").type("loginForm:email", newOperator).type("loginForm:password", newOperatorPassword)
                    .submit("loginForm:login");
            browser.element("codeForm:code");
            audit("/admin/second-factor");
            OperatorSignIn.secondStep(browser, newOperator);
            logOut();
            operatorLogIn();
            browser.open("/admin/operators");
            browser.waitForText("2段階認証をリセット");
            audit("/admin/operators with 2段階認証をリセット");
            logOut();
        });

        as("a learner", () -> {
            logIn("個人の方", learner, PASSWORD);
            browser.element("headerForm:logout");
            check("/mypage/applications");
            String order = firstLink("order?id=");
            check("/mypage/trainings");
            check("/mypage/training?id=" + live[1]);
            check("/mypage/training?id=" + course[1]);
            check("/mypage/apply?course=" + live[1] + "&session=" + live[2]);
            check(order);
            check("/mypage/my-trainings");
            check("/mypage/learn?seat=" + seat);
            check("/mypage/history");
            check("/no-such-page");
            check("/mypage/settings");
            logOut();
        });

        as("a company", () -> {
            Browser.seed("linked-learners?corporate=" + enc(company) + "&count=3");
            Browser.supportPost("seed/orders?corporate=" + enc(company) + "&course=" + live[1] + "&session=" + live[2]
                    + "&count=1");
            logIn("法人の方", company, PASSWORD);
            browser.element("headerForm:logout");
            check("/mypage/linked-learners");
            check("/mypage/apply?course=" + live[1] + "&session=" + live[2]);
            check("/mypage/applications");
            String order = firstLink("order?id=");
            check(order);
            browser.click("orderForm:cancelOrder");
            browser.element("orderForm:cancelDialog");
            audit(order + " with the dialog キャンセルの確認");
            check("/mypage/trainings");
            check("/mypage/learning-history");
            check("/mypage/settings");
            logOut();
        });

        StringBuilder report = new StringBuilder("axe-core (" + TAGS + ") on " + checked + " page views; per rule, elements: "
                + nodesPerRule + "\n");
        found.forEach((page, lines) -> report.append(page).append('\n').append(String.join("\n", lines)).append('\n'));
        System.out.println(report);
        assertTrue(found.isEmpty(), report::toString);
    }
}
