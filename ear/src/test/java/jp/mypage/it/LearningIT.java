package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 受講 on the real pages: an operator uploads a video and a PDF to a 動画配信 course; a learner takes
 * the seat the company bought (the player's progress survives logging out), completes it, downloads
 * the 修了証 and the verification page confirms its code; the company gets the certificate too but
 * can take nothing; another learner opens nothing of it by URL. A live session: 受講票, the
 * day-before reminder, and 出席 / 欠席 by an operator, which issues and revokes the certificate.
 */
class LearningIT extends PortalIT {

    private static final Pattern CODE = Pattern.compile("([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

    private void operatorLogIn() {
        OperatorSignIn.signInAnOperator(browser);
        browser.element("headerForm:logout");
    }

    private static String[] course(String delivery, int daysAhead) {
        String code = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] ids = Browser.supportPost("seed/course?code=" + code + "&delivery=" + delivery + "&price=10000&capacity=10"
                + "&daysAhead=" + daysAhead + "&title=" + URLEncoder.encode("情報セキュリティ研修 " + code,
                StandardCharsets.UTF_8)).split(" ");
        assertEquals("200", ids[0], "the course was seeded");
        return new String[] {"情報セキュリティ研修 " + code, ids[1], ids[2]};
    }

    /** Two active learners who can log in: {@code <prefix>-0@example.test} and {@code <prefix>-1@example.test}. */
    private static String learners(String prefix) {
        Browser.seed("learners?prefix=" + prefix + "&count=2&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        return prefix;
    }

    private static String seat(String buyer, String buyerType, String learner, String courseId, String sessionId) {
        String[] answer = Browser.supportPost("seed/seat?buyer=" + enc(buyer) + "&buyerType=" + buyerType + "&learner="
                + enc(learner) + "&course=" + courseId + "&session=" + sessionId).split(" ");
        assertEquals("200", answer[0], "the seat was seeded");
        return answer[1];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void addLesson(String title, Path file) {
        browser.type("addLessonForm:newTitle", title);
        browser.upload("addLessonForm:lessonFile", file);
        browser.submit("addLessonForm:addLesson");
    }

    private void logOut() {
        browser.click("headerForm:logout");
        browser.element("loginForm:login");
    }

    private void waitFor(java.util.function.BooleanSupplier condition, String what) {
        browser.waiting().withTimeout(Duration.ofSeconds(30)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), "the PDF is served");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aLearnerTakesTheELearningCourseTheCompanyBoughtCompletesItAndTheCertificateVerifies() throws Exception {
        String[] course = course("E_LEARNING", 0);
        String title = course[0];
        String courseId = course[1];

        operatorLogIn();
        browser.open("/admin/course?id=" + courseId);
        addLesson("第1章 動画", LearningFixtures.video());
        browser.waitForText("lesson-3s.mp4");
        addLesson("第2章 資料", LearningFixtures.pdf());
        browser.waitForText("lesson-handout.pdf");
        Path notALesson = Files.writeString(Files.createTempFile("not-a-lesson", ".pdf"), "just text, named .pdf");
        addLesson("", notALesson);
        browser.waitForText("動画（MP4、WebM）またはPDFのファイルを選んでください");
        assertTrue(browser.attribute("addLessonForm:newTitle", "value").isEmpty(), "the form is there again");
        assertEquals(2, browser.rowTexts("lessonsForm:lessons").size(), "a text file named .pdf is refused by its bytes");
        // 名前を保存 renames one lesson; an empty name is refused and changes nothing.
        browser.type("lessonsForm:lessons:1:title", "").click("lessonsForm:lessons:1:rename");
        browser.waitForText("教材名は1〜200文字で入力してください。");
        browser.type("lessonsForm:lessons:1:title", "第2章 資料（改訂）").click("lessonsForm:lessons:1:rename");
        browser.waitForText("教材名を「第2章 資料（改訂）」に変更しました。");
        browser.type("lessonsForm:lessons:1:title", "第2章 資料").click("lessonsForm:lessons:1:rename");
        browser.waitForText("教材名を「第2章 資料」に変更しました。");
        browser.open("/admin/course?id=" + courseId);
        assertEquals("第2章 資料", browser.attribute("lessonsForm:lessons:1:title", "value"), "the new name is kept");
        logOut();

        String company = uniqueEmail("company");
        signUpCorporate(company, "株式会社まなび");
        confirmByMail(company, 1);
        String prefix = learners("learn" + UUID.randomUUID().toString().substring(0, 6));
        String learner = prefix + "-0@example.test";
        String other = prefix + "-1@example.test";
        Browser.supportPost("seed/link?corporate=" + enc(company) + "&learner=" + enc(learner));
        String seatId = seat(company, "CORPORATE", learner, courseId, "0");

        logIn("個人の方", learner, PASSWORD);
        browser.click("navMyTrainings");
        assertTrue(browser.text("seats").contains(title) && browser.text("seats").contains("未受講"), browser.text("seats"));
        browser.clickInRow("seats", title, "learn");
        browser.element("lessonVideo");
        assertEquals("第1章 動画", browser.text("lessonTitle").strip());
        HttpResponse<byte[]> range = browser.fetchBytes("/mypage/lesson-content/" + seatId + "/"
                + lessonId(), "Range", "bytes=0-99");
        assertEquals(206, range.statusCode(), "the video is served in ranges, so it can be sought");
        assertEquals(100, range.body().length);

        browser.script("var v = document.getElementById('lessonVideo'); v.muted = true; v.play();");
        waitFor(() -> browser.text("learnForm:lessonPercent").contains("100%"), "the whole video was watched");
        assertTrue(browser.text("learnForm:percent").contains("50%"), "one of two lessons: " + browser.text("learnForm:percent"));

        logOut();
        logIn("個人の方", learner, PASSWORD);
        browser.click("navMyTrainings");
        assertTrue(browser.text("seats").contains("受講中") && browser.text("seats").contains("50%"),
                "progress survives logging out: " + browser.text("seats"));
        browser.clickInRow("seats", title, "learn");
        browser.element("learnForm:markRead");
        assertEquals("第2章 資料", browser.text("lessonTitle").strip(), "it resumes at the next lesson");
        browser.click("learnForm:markRead");
        browser.waitForText("研修を修了しました");
        assertTrue(browser.text("status").contains("修了"));

        String certificate = pdfText(browser.fetchBytes("/mypage/certificate?seat=" + seatId));
        assertTrue(certificate.contains("修了証") && certificate.contains("受講者 ") && certificate.contains(title),
                certificate);
        Matcher code = CODE.matcher(certificate);
        assertTrue(code.find(), "the certificate prints its verification code: " + certificate);

        browser.click("headerForm:langEn");
        browser.click("navMyTrainings");
        assertTrue(browser.text("seats").contains("Completed") && browser.text("seats").contains("Certificate"),
                "English labels: " + browser.text("seats"));
        browser.click("headerForm:langJa");
        logOut();

        browser.open("/certificates/verify");
        browser.type("verifyForm:code", code.group(1).toLowerCase().replace("-", " ")).submit("verifyForm:verify");
        assertTrue(browser.text("verdict").contains("有効な修了証です"));
        assertTrue(browser.text("course").contains(title));
        assertFalse(browser.pageSource().contains(learner), "nothing but what the certificate prints");
        browser.open("/certificates/verify?code=AAAA-BBBB-CCCC-DDDD");
        assertTrue(browser.text("unknown").contains("見つかりません"));

        logIn("法人の方", company, PASSWORD);
        assertFalse(browser.exists("navMyTrainings"), "a company has no 受講予定");
        assertTrue(pdfText(browser.fetchBytes("/mypage/certificate?seat=" + seatId)).contains(title),
                "the company that bought the seat gets the certificate");
        browser.open("/mypage/learn?seat=" + seatId);
        assertTrue(browser.text("notFound").contains("見つかりません"), "a company can take nothing");
        int companyContent = browser.fetchBytes("/mypage/lesson-content/" + seatId + "/" + lessonId).statusCode();
        assertEquals(403, companyContent, "the content refuses a company");
        assertEquals("refused", browser.fetch("/test-guard/guard/take?seat=" + seatId + "&lesson=" + lessonId).body(),
                "the service itself refuses a company that calls it as a forged page would");
        logOut();

        logIn("個人の方", other, PASSWORD);
        browser.open("/mypage/learn?seat=" + seatId);
        assertTrue(browser.text("notFound").contains("見つかりません"), "another learner's seat opens nothing");
        assertEquals(404, browser.fetchBytes("/mypage/lesson-content/" + seatId + "/" + lessonId).statusCode());
        assertEquals(404, browser.fetchBytes("/mypage/certificate?seat=" + seatId).statusCode());
        assertEquals(404, browser.fetchBytes("/mypage/lesson-content/" + seatId + "/../../x").statusCode());
        assertEquals("allowed", browser.fetch("/test-guard/guard/take?seat=" + seatId + "&lesson=" + lessonId).body(),
                "a learner passes the service's guard (and is then refused the seat: not theirs)");
        logOut();

        // The company asks for the weekly digest; the other learner's seat ends in 5 days, unstarted.
        Browser.supportPost("seed/link?corporate=" + enc(company) + "&learner=" + enc(other));
        assertEquals("200", Browser.supportPost("seed/seat?buyer=" + enc(company) + "&buyerType=CORPORATE&learner="
                + enc(other) + "&course=" + courseId + "&session=0&accessDays=5").split(" ")[0]);
        logIn("法人の方", company, PASSWORD);
        browser.click("navLinkedLearners");
        browser.check("policyForm:weeklyDigest", true);
        browser.click("policyForm:savePolicy");
        browser.waitForText("保存しました");
        logOut();
        operatorLogIn();
        browser.fetch("/test-guard/guard/reminders");
        Mailbox.Mail ending = Mailbox.awaitMail(other, 1);
        assertTrue(ending.subject().contains("受講期間の終了が近づいています") && ending.body().contains(title), ending.subject());
        Mailbox.Mail digest = Mailbox.awaitMail(company, 2);
        assertTrue(digest.subject().contains("未修了の研修が1件"), digest.subject());
        assertTrue(digest.body().contains("受講者 ") && digest.body().contains(title) && digest.body().contains("未受講"),
                digest.body());
    }

    private String lessonId;

    /** The lesson the player shows, from the video's URL. */
    private String lessonId() {
        lessonId = browser.attribute("lessonVideo", "src").replaceAll(".*/", "");
        return lessonId;
    }

    @Test
    void anOperatorRecordsAttendanceOfALiveSessionWhichIssuesAndRevokesTheCertificate() throws Exception {
        String[] course = course("IN_PERSON", 1);
        String title = course[0];
        String prefix = learners("live" + UUID.randomUUID().toString().substring(0, 6));
        String learner = prefix + "-0@example.test";
        String seatId = seat(learner, "PERSONAL", learner, course[1], course[2]);

        logIn("個人の方", learner, PASSWORD);
        browser.click("navMyTrainings");
        assertTrue(browser.text("seats").contains("東京研修センター"), browser.text("seats"));
        String ticket = pdfText(browser.fetchBytes("/mypage/admission-ticket?seat=" + seatId));
        assertTrue(ticket.contains("受講票") && ticket.contains(title) && ticket.contains("東京研修センター"), ticket);
        assertEquals(404, browser.fetchBytes("/mypage/certificate?seat=" + seatId).statusCode(), "no certificate yet");
        logOut();

        operatorLogIn();
        assertTrue(Integer.parseInt(browser.fetch("/test-guard/guard/reminders").body().strip()) >= 1,
                "the day-before reminder is queued");
        Mailbox.Mail reminder = Mailbox.awaitMail(learner, 1);
        assertTrue(reminder.subject().contains("明日は研修の受講日です") && reminder.body().contains(title), reminder.subject());
        assertEquals("0", browser.fetch("/test-guard/guard/reminders").body().strip(), "a reminder is sent once");

        browser.open("/admin/roster?session=" + course[2]);
        assertTrue(browser.text("rosterForm:rows").contains("受講者 "), browser.text("rosterForm:rows"));
        assertFalse(browser.exists("rosterForm:rows:0:attended"), "attendance opens at the start");
        logOut();
        Browser.moveClock(Duration.ofDays(2));
        operatorLogIn();
        browser.open("/admin/roster?session=" + course[2]);
        browser.element("rosterForm:rows:0:attended");
        browser.clickInRow("rosterForm:rows", "受講者 ", "attended");
        browser.waitForText("出席にしました");
        logOut();

        logIn("個人の方", learner, PASSWORD);
        String certificate = pdfText(browser.fetchBytes("/mypage/certificate?seat=" + seatId));
        Matcher code = CODE.matcher(certificate);
        assertTrue(code.find() && certificate.contains(title), certificate);
        logOut();

        operatorLogIn();
        browser.open("/admin/roster?session=" + course[2]);
        browser.clickInRow("rosterForm:rows", "受講者 ", "absent");
        browser.waitForText("欠席にしました");
        browser.open("/certificates/verify?code=" + code.group(1));
        assertTrue(browser.text("verdict").contains("取り消されています"), "a correction to 欠席 revokes it");
    }
}
