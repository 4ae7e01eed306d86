package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 研修管理 through the operators' pages: a course with its cancellation policy and a session,
 * published and listed; the session form's refusals with what was typed kept; 動画配信 with its
 * access period; an edit from a stale page; the English labels.
 */
class CatalogueAdminIT extends PortalIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private void operatorLogIn() {
        OperatorSignIn.signInAnOperator(browser);
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** 研修を作成 from 研修管理, with the delivery chosen by its label; returns on the new course's page. */
    private void createCourse(String code, String deliveryLabel, String title, String price) {
        browser.open("/admin/courses").submit("coursesForm:create");
        browser.type("courseForm:code", code);
        if (deliveryLabel != null) {
            browser.clickLabel(deliveryLabel);
        }
        browser.type("courseForm:title", title).type("courseForm:description", "研修の説明です。")
                .type("courseForm:price", price);
    }

    private void save() {
        browser.submit("courseForm:save");
        browser.waitForText("を作成しました");
    }

    /** Fills the session form (after 開催回を追加) with a day 30 days ahead, 10:00–17:00. */
    private void fillSession(LocalDate deadline, String venue, String url) {
        LocalDate day = TODAY.plusDays(30);
        browser.click("sessionsForm:addSession");
        browser.type("sessionForm:date", day.toString()).type("sessionForm:startTime", "10:00")
                .type("sessionForm:endTime", "17:00").type("sessionForm:deadlineDate", deadline.toString())
                .type("sessionForm:deadlineTime", "17:00").type("sessionForm:capacity", "20");
        if (venue != null) {
            browser.type("sessionForm:venue", venue);
        }
        if (url != null) {
            browser.type("sessionForm:meetingUrl", url);
        }
    }

    @Test
    void anInPersonCourseWithATwoTierPolicyAndASessionIsPublishedAndListed() {
        operatorLogIn();
        browser.submit("navCourses");
        assertTrue(browser.title().contains("研修管理"), browser.title());
        String code = uniqueCode("IP");
        createCourse(code, "対面研修", "新任管理者研修 " + code, "30000");
        browser.type("courseForm:tiers:0:daysBefore", "8").type("courseForm:tiers:0:feePercent", "50")
                .type("courseForm:tiers:1:daysBefore", "3").type("courseForm:tiers:1:feePercent", "100");
        save();
        assertTrue(browser.path().equals("/admin/course"), browser.path());
        browser.waitForText("開催8日前から 50%").waitForText("開催3日前から 100%").waitForText("開催9日前までは無料");
        assertEquals("非公開", browser.text("published").trim(), "a new course is not published");

        fillSession(TODAY.plusDays(27), "東京研修センター 3F", null);
        browser.click("sessionForm:saveSession");
        browser.waitForText("開催回を追加しました");
        assertTrue(browser.text("sessionsForm:sessions").contains("東京研修センター 3F"), "the session is listed");
        browser.clickInRow("sessionsForm:sessions", "東京研修センター", "publishSession");
        browser.waitForText("開催回を公開しました");
        browser.click("courseForm:publish");
        browser.waitForText("研修を公開しました");

        browser.open("/admin/courses").type("coursesForm:text", code).click("coursesForm:search");
        browser.waitForText("1件中 1～1件");
        List<String> rows = browser.rowTexts("coursesForm:courses");
        assertEquals(1, rows.size(), rows.toString());
        String row = rows.get(0);
        assertTrue(row.contains(code) && row.contains("対面研修") && row.contains("30,000円") && row.contains("33,000円")
                && row.contains("公開中") && row.contains("1"), "code, delivery, prices, 公開中 and one session: " + row);
    }

    @Test
    void aDeadlineAfterTheStartAndAPlainHttpMeetingUrlAreRefusedWithTheirMessagesKeepingWhatWasTyped() {
        operatorLogIn();
        String code = uniqueCode("ON");
        createCourse(code, "オンライン研修", "オンライン研修 " + code, "12000");
        save();

        fillSession(TODAY.plusDays(25), null, "http://meet.example.test/room");
        browser.click("sessionForm:saveSession");
        browser.waitForText("オンラインURLは https:// で始まるURLで入力してください。");
        assertEquals("http://meet.example.test/room", browser.attribute("sessionForm:meetingUrl", "value"));
        assertEquals("20", browser.attribute("sessionForm:capacity", "value"), "what was typed stays");

        browser.type("sessionForm:meetingUrl", "https://meet.example.test/room")
                .type("sessionForm:deadlineDate", TODAY.plusDays(31).toString());
        browser.click("sessionForm:saveSession");
        browser.waitForText("申込締切は開始日時以前にしてください。");
        assertEquals(TODAY.plusDays(31).toString(), browser.attribute("sessionForm:deadlineDate", "value"),
                "the deadline as typed stays for correcting");
        assertEquals("https://meet.example.test/room", browser.attribute("sessionForm:meetingUrl", "value"));
        assertTrue(browser.text("sessionsForm:sessions").contains("開催回はまだありません"), "nothing was saved");

        browser.type("sessionForm:deadlineDate", TODAY.plusDays(28).toString()).click("sessionForm:saveSession");
        browser.waitForText("開催回を追加しました");
        assertTrue(browser.text("sessionsForm:sessions").contains("https://meet.example.test/room"));
        assertFalse(browser.isVisible("sessionForm:saveSession"), "the session form closes once saved");
    }

    @Test
    void anElearningCourseHasAnAccessPeriodAndNoSessions() {
        operatorLogIn();
        String code = uniqueCode("EL");
        createCourse(code, "動画配信", "動画で学ぶ労務管理 " + code, "8000");
        browser.type("courseForm:accessDays", "30");
        save();
        assertEquals("30", browser.attribute("courseForm:accessDays", "value"));
        assertEquals("動画配信", browser.text("delivery").trim());
        assertFalse(browser.exists("sessionsForm:addSession"), "動画配信 has no sessions");
    }

    @Test
    void anEditFromAStalePageIsRefusedAndThePageShowsWhatIsSaved() {
        operatorLogIn();
        String code = uniqueCode("ST");
        createCourse(code, null, "古いタイトル " + code, "20000");
        save();
        String page = browser.driver().getCurrentUrl();

        Browser mine = browser;
        Browser other = new Browser();
        try {
            browser = other;
            operatorLogIn();
            browser.open(page).type("courseForm:title", "他の運営者のタイトル " + code).click("courseForm:save");
            browser.waitForText("保存しました。");
        } finally {
            other.close();
            browser = mine;
        }

        browser.type("courseForm:title", "私のタイトル " + code).click("courseForm:save");
        browser.waitForText("ほかの運営者が先に変更を保存しました");
        assertEquals("他の運営者のタイトル " + code, browser.attribute("courseForm:title", "value"),
                "the page reloads what the other operator saved");
        browser.type("courseForm:title", "私のタイトル " + code).click("courseForm:save");
        browser.waitForText("保存しました。");
    }

    @Test
    void theConsolePagesOfTrainingsAndOrdersHaveEnglishLabels() {
        operatorLogIn();
        browser.submit("headerForm:langEn");
        browser.open("/admin/courses");
        String page = browser.pageSource();
        assertTrue(page.contains("Trainings") && page.contains("Create a training") && page.contains("Price (excl. tax)")
                && page.contains("Upcoming sessions"), "研修管理 in English");
        assertTrue(browser.text("navOrders").contains("Orders"));
        browser.submit("coursesForm:create");
        page = browser.pageSource();
        assertTrue(page.contains("Cancellation policy") && page.contains("Days before the start")
                && page.contains("From 7 days before the start: 50%") && page.contains("Consumption tax rate"),
                "the course form in English");
        browser.click("navOrders");
        browser.waitForText("Order number");
        assertTrue(browser.pageSource().contains("All statuses"), "申込管理 in English");
    }
}
