package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every kind of page through axe-core (the rules of WCAG 2.0 / 2.1, levels A and AA), at a desktop
 * and at a phone width: the public pages, a learner's and a company's pages, the player, and the
 * operators' 研修管理 and 名簿. A page with any violation fails, naming the rule and the elements.
 */
class AccessibilityIT extends PortalIT {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String axeSource;

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = AccessibilityIT.class.getResourceAsStream(AXE)) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** The violations axe finds on the page now, one line each: rule, impact, the first elements. */
    @SuppressWarnings("unchecked")
    private List<String> violations() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
                + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return new ArrayList<>((List<String>) result);
    }

    private void check(String path, Map<String, List<String>> found) {
        browser.open(path);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.tagName("main")));
        for (int width : new int[] {1280, 375}) {
            browser.windowSize(width, 900);
            List<String> v = violations();
            if (!v.isEmpty()) {
                found.put(path + " @" + width + "px", v);
            }
        }
    }

    @Test
    void everyKindOfPageHasNoAxeViolationOnADesktopAndOnAPhone() {
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        check("/", found);
        check("/signup/personal", found);
        check("/signup/corporate", found);
        check("/certificates/verify?code=AAAA-BBBB-CCCC-DDDD", found);

        String code = "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] course = Browser.supportPost("seed/course?code=" + code + "&delivery=E_LEARNING&price=10000&capacity=10"
                + "&daysAhead=0&title=" + URLEncoder.encode("アクセシビリティ研修 " + code, StandardCharsets.UTF_8)).split(" ");
        String[] live = Browser.supportPost("seed/course?code=" + code + "L&delivery=IN_PERSON&price=10000&capacity=10"
                + "&daysAhead=3&title=" + URLEncoder.encode("対面研修 " + code, StandardCharsets.UTF_8)).split(" ");
        String prefix = "a11y" + UUID.randomUUID().toString().substring(0, 6);
        Browser.seed("learners?prefix=" + prefix + "&count=1&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        String learner = prefix + "-0@example.test";
        String seat = Browser.supportPost("seed/seat?buyer=" + URLEncoder.encode(learner, StandardCharsets.UTF_8)
                + "&buyerType=PERSONAL&learner=" + URLEncoder.encode(learner, StandardCharsets.UTF_8) + "&course="
                + course[1] + "&session=0").split(" ")[1];
        Browser.supportPost("seed/seat?buyer=" + URLEncoder.encode(learner, StandardCharsets.UTF_8)
                + "&buyerType=PERSONAL&learner=" + URLEncoder.encode(learner, StandardCharsets.UTF_8) + "&course="
                + live[1] + "&session=" + live[2]);

        browser.open("/admin/").type("loginForm:email", OperatorConsoleIT.OPERATOR_EMAIL)
                .type("loginForm:password", OperatorConsoleIT.OPERATOR_PASSWORD).submit("loginForm:login");
        browser.element("headerForm:logout");
        browser.open("/admin/course?id=" + course[1]);
        browser.upload("addLessonForm:lessonFile", LearningFixtures.video());
        browser.submit("addLessonForm:addLesson");
        browser.waitForText("lesson-3s.mp4");
        check("/admin/course?id=" + course[1], found);
        check("/admin/roster?session=" + live[2], found);
        browser.click("headerForm:logout");
        browser.element("loginForm:login");

        logIn("個人の方", learner, PASSWORD);
        browser.element("headerForm:logout");
        check("/mypage/applications", found);
        check("/mypage/trainings", found);
        check("/mypage/training?id=" + live[1], found);
        check("/mypage/my-trainings", found);
        check("/mypage/learn?seat=" + seat, found);
        check("/mypage/settings", found);

        assertTrue(found.isEmpty(), () -> {
            StringBuilder report = new StringBuilder("axe-core violations:\n");
            found.forEach((page, v) -> report.append(page).append('\n').append(String.join("\n", v)).append('\n'));
            return report.toString();
        });
        assertEquals(0, found.size());
    }
}
