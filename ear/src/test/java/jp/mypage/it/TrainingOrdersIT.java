package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 研修一覧 → 申し込む → 確認画面 → 申込完了 → お申込み履歴一覧, for a learner and for a company, with
 * the mails, 受講者変更, 満席, cancellation with the policy's fee, the invoice PDF, forged
 * applications and English. Courses are arranged through the test-support module (published, with
 * one session); the operators' pages that create them have their own test.
 */
class TrainingOrdersIT extends PortalIT {

    private record Seeded(String code, long courseId, long sessionId) {
    }

    /** A published course at ¥10,000 (税抜, 10 %) with one session {@code daysAhead} days from now. */
    private static Seeded course(String delivery, int capacity, int daysAhead) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] ids = Browser.supportPost("seed/course?code=" + code + "&delivery=" + delivery + "&price=10000&capacity="
                + capacity + "&daysAhead=" + daysAhead + "&title=" + URLEncoder.encode("ビジネスマナー研修 " + code,
                StandardCharsets.UTF_8)).split(" ");
        assertEquals("200", ids[0], "the course was seeded");
        return new Seeded(code, Long.parseLong(ids[1]), Long.parseLong(ids[2]));
    }

    private String activeLearner(String name) {
        String email = uniqueEmail("buyer");
        signUpPersonal(email, name);
        confirmByMail(email, 1);
        return email;
    }

    private String activeCompany(String name) {
        String email = uniqueEmail("company");
        signUpCorporate(email, name);
        confirmByMail(email, 1);
        return email;
    }

    /** 研修一覧 → search by code → the training's page. */
    private void openTraining(Seeded course) {
        browser.click("navTrainings");
        browser.type("trainingsForm:search", course.code()).click("trainingsForm:searchButton");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.rowTexts("trainingsForm:trainings").size() == 1
                        && browser.rowTexts("trainingsForm:trainings").get(0).contains(course.code()));
        browser.clickLinkWithText("ビジネスマナー研修 " + course.code());
        browser.element("price");
    }

    @Test
    void aLearnerAppliesForThemselfIsMailedAndSeesItInHistoryAndMyTrainings() throws Exception {
        Seeded course = course("IN_PERSON", 10, 20);
        String email = activeLearner("受講 一郎");
        logIn("個人の方", email, PASSWORD);
        openTraining(course);
        assertTrue(browser.text("price").contains("11,000円"), "the price with tax: " + browser.text("price"));
        assertTrue(browser.text("sessions").contains("10"), "10 seats left");
        browser.clickInRow("sessions", "東京研修センター", "apply");
        browser.element("quoteTotal");
        assertEquals("11,000円", browser.text("quoteTotal"), "確認画面 shows the total with tax");
        assertTrue(browser.text("quoteLearners").contains("受講 一郎"), "for themself");
        browser.submit("applyForm:submit");
        String number = browser.text("orderNumber");
        assertTrue(number.startsWith("MP"), "申込番号 " + number);

        Mailbox.Mail mail = Mailbox.awaitMail(email, 2);
        assertTrue(mail.subject().contains("お申込みを受け付けました") && mail.subject().contains(number), mail.subject());
        assertTrue(mail.body().contains("11,000円"), "the mail gives the total");

        browser.click("navApplications");
        String history = browser.text("ordersForm:orders");
        assertTrue(history.contains(number) && history.contains("未入金") && history.contains("申込済"), history);
        browser.click("navMyTrainings");
        assertTrue(browser.text("seats").contains("ビジネスマナー研修 " + course.code()), "受講予定 shows it");
        openTraining(course);
        assertTrue(browser.text("sessions").contains("9"), "one seat fewer: " + browser.text("sessions"));

        browser.click("navApplications");
        browser.clickLinkWithText(number);
        browser.element("orderForm:invoice");
        String path = "/mypage/order-document?id=" + browser.driver().getCurrentUrl().replaceAll(".*id=", "") + "&kind=invoice";
        HttpResponse<byte[]> pdf = browser.fetchBytes(path);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("請求書") && text.contains("T1234567890123") && text.contains(number), text);
            assertTrue(text.contains("1,000") && text.contains("11,000"), "tax of 10 % and the total: " + text);
        }
        assertEquals(404, browser.fetchBytes(path.replace("invoice", "receipt")).statusCode(), "no receipt before payment");
    }

    @Test
    void aCompanyAppliesForTwoLinkedLearnersAndOneSeatToNameLaterThenNamesAndRenamesIt() {
        Seeded course = course("ONLINE", 20, 30);
        String company = activeCompany("株式会社まとめ買い");
        Browser.seed("linked-learners?corporate=" + URLEncoder.encode(company, StandardCharsets.UTF_8) + "&count=4");
        logIn("法人の方", company, PASSWORD);
        openTraining(course);
        browser.clickInRow("sessions", "オンライン", "apply");
        browser.element("applyForm:learners");
        String[] emails = new String[4];
        for (int i = 0; i < 4; i++) {
            emails[i] = browser.element("applyForm:learners").findElement(By.xpath(
                    ".//tr[.//td[contains(., '受講者 " + i + "')]]/td[4]")).getText().strip();
        }
        tick("受講者 0");
        tick("受講者 1");
        browser.type("applyForm:unassigned_input", "1").submit("applyForm:review");
        browser.element("quoteTotal");
        assertEquals("3", browser.text("quoteSeats"));
        assertEquals("33,000円", browser.text("quoteTotal"), "3 × ¥10,000 + 10 %");
        browser.submit("applyForm:submit");
        String number = browser.text("orderNumber");
        assertTrue(Mailbox.awaitMail(emails[0], 1).subject().contains("研修の受講が決まりました"), "learner 0 is told");
        assertTrue(Mailbox.awaitMail(emails[1], 1).body().contains("株式会社まとめ買い"), "learner 1 is told by whom");
        assertTrue(Mailbox.awaitMail(company, 2).subject().contains(number));

        browser.click("applyForm:toOrder");
        browser.element("orderForm:seats");
        assertTrue(browser.text("orderForm:seats").contains("受講者未定"), "one seat to name");
        browser.clickInRow("orderForm:seats", "受講者未定", "assign");
        assign("受講者 2");
        browser.waitForText("受講者 2 様を受講者にしました");
        assertTrue(Mailbox.awaitMail(emails[2], 1).subject().contains("研修の受講が決まりました"));

        browser.clickInRow("orderForm:seats", "受講者 0", "assign");
        assign("受講者 3");
        browser.waitForText("受講者 3 様を受講者にしました");
        assertTrue(Mailbox.awaitMail(emails[0], 2).subject().contains("受講者が変更されました"), "the previous learner is told");
        assertTrue(Mailbox.awaitMail(emails[3], 1).subject().contains("研修の受講が決まりました"), "the new one too");
        String seats = browser.text("orderForm:seats");
        assertFalse(seats.contains("受講者 0"), seats);

        browser.click("navApplications");
        assertTrue(browser.text("ordersForm:orders").contains("受講者 1"), "the history names the learners");

        browser.click("navLinkedLearners");
        browser.tickRow("learnersForm:learners", "受講者 1").click("learnersForm:unlinkSelected");
        browser.waitForText("選択した受講者との連携を解除しますか");
        browser.clickButtonWithText("はい");
        browser.waitForText("1名の受講者との連携を解除しました");
        assertTrue(Mailbox.awaitMail(company, 3).subject().contains("受講者未定の席"), "the company is told its seat came back");
        browser.click("navApplications");
        browser.clickLinkWithText(number);
        seats = browser.text("orderForm:seats");
        assertFalse(seats.contains("受講者 1"), "the unlinked learner's unused seat is unnamed again: " + seats);
        assertTrue(seats.contains("受講者未定"), seats);
    }

    private void tick(String name) {
        browser.element("applyForm:learners").findElement(By.xpath(".//tr[.//td[contains(., '" + name + "')]]"
                + "//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.waitForText("選択中");
    }

    private void assign(String name) {
        browser.type("assignForm:learner_input", name);
        browser.element("assignForm:learner_panel");
        browser.driver().findElement(By.xpath("//*[@id='assignForm:learner_panel']//li[contains(., '" + name + "')]")).click();
        browser.click("assignForm:saveAssign");
    }

    @Test
    void forgedApplicationsForTheCompanyItselfAnUnlinkedOrAnotherCompanysLearnerAreRefused() {
        Seeded course = course("IN_PERSON", 10, 20);
        String company = activeCompany("株式会社じぶん");
        String other = activeCompany("株式会社よそ");
        String stranger = activeLearner("無関係 三郎");
        Browser.seed("linked-learners?corporate=" + URLEncoder.encode(other, StandardCharsets.UTF_8) + "&count=1");
        logIn("法人の方", other, PASSWORD);
        browser.click("navLinkedLearners");
        String othersLearner = browser.element("learnersForm:learners")
                .findElement(By.xpath(".//tr[.//td[contains(., '受講者 0')]]/td[4]")).getText().strip();
        browser.submit("headerForm:logout");

        logIn("法人の方", company, PASSWORD);
        String query = "/test-guard/guard/order?course=" + course.courseId() + "&session=" + course.sessionId();
        assertEquals("LearnerNotLinkedException", forged(query, "CORPORATE", company), "a seat for the company itself");
        assertEquals("LearnerNotLinkedException", forged(query, "PERSONAL", stranger), "an unlinked learner");
        assertEquals("LearnerNotLinkedException", forged(query, "PERSONAL", othersLearner), "another company's learner");
        browser.submit("headerForm:logout");

        logIn("個人の方", stranger, PASSWORD);
        assertEquals("LearnerNotLinkedException", forged(query, "PERSONAL", othersLearner), "a learner for another");
        browser.click("navApplications");
        assertTrue(browser.pageSource().contains("お申込みはまだありません"), "nothing was ordered");
    }

    private String forged(String query, String type, String email) {
        return browser.fetch(query + "&type=" + type + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).body();
    }

    @Test
    void aFullSessionTakesNoMoreAndACancellationShowsTheFeeAndFreesTheSeat() {
        Seeded course = course("IN_PERSON", 1, 5);
        String first = activeLearner("先着 一郎");
        String second = activeLearner("次点 二郎");
        logIn("個人の方", first, PASSWORD);
        openTraining(course);
        browser.clickInRow("sessions", "東京研修センター", "apply");
        browser.submit("applyForm:submit");
        String number = browser.text("orderNumber");
        browser.submit("headerForm:logout");

        logIn("個人の方", second, PASSWORD);
        openTraining(course);
        assertTrue(browser.text("sessions").contains("満席"), "the course page says 満席");
        browser.open("/mypage/apply?course=" + course.courseId() + "&session=" + course.sessionId());
        browser.waitForText("満席のため");
        assertFalse(browser.exists("applyForm:submit"), "no 申し込む on a full session");
        browser.submit("headerForm:logout");

        logIn("個人の方", first, PASSWORD);
        browser.click("navApplications");
        browser.clickLinkWithText(number);
        browser.click("orderForm:cancelOrder");
        String quote = browser.text("cancelQuote");
        assertTrue(quote.contains("50%") && quote.contains("5,500円"), "5 days before: 50 % of ¥11,000 — " + quote);
        browser.click("orderForm:confirmCancel");
        browser.waitForText("キャンセルしました");
        assertEquals("キャンセル", browser.text("status"));
        assertTrue(Mailbox.awaitMail(first, 3).body().contains("5,500円"), "the cancellation mail gives the fee");
        browser.submit("headerForm:logout");

        logIn("個人の方", second, PASSWORD);
        openTraining(course);
        browser.clickInRow("sessions", "東京研修センター", "apply");
        browser.submit("applyForm:submit");
        assertTrue(browser.text("orderNumber").startsWith("MP"), "the freed seat is taken");
    }

    @Test
    void trainingsSpeakEnglish() {
        Seeded course = course("E_LEARNING", 0, 0);
        String email = activeLearner("English Learner");
        logIn("個人の方", email, PASSWORD);
        browser.click("headerForm:langEn");
        browser.waitForText("Trainings");
        openTraining(course);
        assertTrue(browser.text("price").contains("¥11,000"), browser.text("price"));
        assertTrue(browser.text("access").contains("Access for 30 days"));
        browser.click("applyElearning");
        assertEquals("¥11,000", browser.text("quoteTotal"));
        browser.submit("applyForm:submit");
        assertTrue(browser.title().startsWith("Application received"), browser.title());
    }

    private void operatorLogIn() {
        OperatorSignIn.signInAnOperator(browser);
    }

    /** The learner applies for the session on its page and returns the order's id. */
    private long applyAlone(Seeded course) {
        browser.open("/mypage/apply?course=" + course.courseId() + "&session=" + course.sessionId());
        browser.submit("applyForm:submit");
        browser.element("orderNumber");
        browser.submit("applyForm:toOrder");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=", ""));
    }

    @Test
    void anOperatorCancelsASessionAndEveryBuyerAndLearnerIsMailedAndNothingIsDue() {
        Seeded course = course("IN_PERSON", 10, 20);
        String learner = activeLearner("中止 一郎");
        logIn("個人の方", learner, PASSWORD);
        applyAlone(course);
        browser.submit("headerForm:logout");
        String company = activeCompany("株式会社中止");
        Browser.seed("linked-learners?corporate=" + URLEncoder.encode(company, StandardCharsets.UTF_8) + "&count=1");
        logIn("法人の方", company, PASSWORD);
        browser.open("/mypage/apply?course=" + course.courseId() + "&session=" + course.sessionId());
        String named = browser.element("applyForm:learners").findElement(By.xpath(
                ".//tr[.//td[contains(., '受講者 0')]]/td[4]")).getText().strip();
        tick("受講者 0");
        browser.submit("applyForm:review");
        browser.submit("applyForm:submit");
        browser.element("orderNumber");
        browser.submit("headerForm:logout");

        operatorLogIn();
        browser.open("/admin/course?id=" + course.courseId());
        browser.clickInRow("sessionsForm:sessions", "東京研修センター", "cancelSession");
        browser.type("cancelSessionForm:reason", "講師の急病のため").click("cancelSessionForm:confirmCancelSession");
        browser.waitForText("開催中止にしました");

        assertTrue(Mailbox.awaitMail(learner, 3).body().contains("講師の急病のため"), "the learner who bought it is told why");
        assertTrue(Mailbox.awaitMail(company, 3).subject().contains("開催中止"), "the company is told");
        assertTrue(Mailbox.awaitMail(named, 2).subject().contains("開催中止"), "the company's learner is told");
        browser.submit("headerForm:logout");

        logIn("個人の方", learner, PASSWORD);
        String history = browser.text("ordersForm:orders");
        assertTrue(history.contains("開催中止") && history.contains("お支払いなし"), history);
        browser.open("/mypage/training?id=" + course.courseId());
        assertTrue(browser.pageSource().contains("お申し込みいただける開催回はありません"), "the cancelled session is gone");
    }

    @Test
    void anOperatorConfirmsThePaymentAndTheBuyerDownloadsTheReceipt() throws Exception {
        Seeded course = course("IN_PERSON", 10, 20);
        String learner = activeLearner("入金 花子");
        logIn("個人の方", learner, PASSWORD);
        long orderId = applyAlone(course);
        browser.submit("headerForm:logout");

        operatorLogIn();
        browser.open("/admin/order?id=" + orderId);
        browser.click("orderForm:recordPayment");
        browser.clickButtonWithText("はい");
        browser.waitForText("の入金を確認しました");
        assertTrue(Mailbox.awaitMail(learner, 3).subject().contains("ご入金を確認しました"));
        browser.submit("headerForm:logout");

        logIn("個人の方", learner, PASSWORD);
        browser.open("/mypage/order?id=" + orderId);
        assertEquals("入金済 " + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")), browser.text("payment"));
        HttpResponse<byte[]> pdf = browser.fetchBytes("/mypage/order-document?id=" + orderId + "&kind=receipt");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("領収書") && text.contains("入金 花子") && text.contains("11,000"), text);
        }
    }

    @Test
    void anotherBuyersOrderIsNotFoundByIdNorItsDocuments() {
        Seeded course = course("IN_PERSON", 10, 20);
        String owner = activeLearner("持ち主 一郎");
        logIn("個人の方", owner, PASSWORD);
        long orderId = applyAlone(course);
        browser.submit("headerForm:logout");
        String other = activeLearner("他人 二郎");
        logIn("個人の方", other, PASSWORD);
        browser.open("/mypage/order?id=" + orderId);
        assertTrue(browser.pageSource().contains("このお申込みは見つかりません"), "another's order is not shown");
        assertFalse(browser.pageSource().contains("持ち主 一郎"));
        assertEquals(404, browser.fetchBytes("/mypage/order-document?id=" + orderId + "&kind=invoice").statusCode());
        browser.open("/mypage/order?id=not-a-number");
        assertTrue(browser.pageSource().contains("このお申込みは見つかりません"), "a malformed id is no error page: "
                + browser.describe());
        browser.open("/mypage/training?id=999999999");
        assertTrue(browser.pageSource().contains("この研修は見つかりません"));
    }
}
