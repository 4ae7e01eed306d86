package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The operators' console: the bootstrap operator, 管理者承認 from sign-up to login, 承認しない with
 * and without mail, bulk approval, two operators deciding at once, the EJB guard, account
 * creation by form and by CSV, invitations accepted and expired, and the console laid out for its
 * data tables (buttons on one line at 1280 px, the table scrolling inside its card when narrow).
 */
class OperatorConsoleIT extends PortalIT {

    /** The first operator, created at deployment from ADMIN_EMAIL / ADMIN_PASSWORD (ear/pom.xml). */
    static final String OPERATOR_EMAIL = "operator@mypage.test";
    static final String OPERATOR_PASSWORD = "unkai-no-shiro 2026 kanri";

    private boolean approvalChanged;

    @AfterEach
    void backToAutomaticApproval() {
        if (approvalChanged) {
            Browser other = new Browser();
            Browser mine = browser;
            browser = other;
            try {
                operatorLogIn();
                setApproval("PERSONAL", "自動承認");
                setApproval("CORPORATE", "自動承認");
            } finally {
                other.close();
                browser = mine;
            }
        }
    }

    /** Signs an operator in (one of the pool: see OperatorSignIn); their address. */
    private String operatorLogIn() {
        return OperatorSignIn.signInAnOperator(browser);
    }

    /** In 承認設定, chooses the mode for the type and saves. */
    private void setApproval(String type, String modeLabel) {
        browser.open("/admin/settings");
        browser.script("document.querySelector(\"[id='settingsForm:mode" + type + "'] input[value='"
                + ("自動承認".equals(modeLabel) ? "AUTOMATIC" : "MANUAL") + "']\").click()");
        browser.click("settingsForm:save");
        browser.waitForAnyText("承認設定を保存しました", "変更はありません");
    }

    private void requireApprovalForPersonal() {
        approvalChanged = true;
        operatorLogIn();
        browser.open("/admin/settings");
        browser.script("document.querySelector(\"[id='settingsForm:modePERSONAL'] input[value='MANUAL']\").click()");
        browser.click("settingsForm:save");
        browser.waitForText("承認設定を保存しました");
        assertTrue(browser.text("changesForm:changes").contains("自動承認 → 管理者承認"), "the change is recorded");
        browser.submit("headerForm:logout");
    }

    /** Signs up and confirms a learner while 管理者承認 is on: the account waits. */
    private String waitingLearner(String name) {
        String email = uniqueEmail("waiting");
        signUpPersonal(email, name);
        confirmByMail(email, 1);
        return email;
    }

    /** The dashboard, filtered to the applicant's address. */
    private void findApplication(String text) {
        browser.open("/admin/applications");
        browser.type("applicationsForm:text", text).click("applicationsForm:search");
        browser.waitForText("1件中 1～1件");
    }

    @Test
    void theBootstrapOperatorLogsInAtAdminAndOthersCannot() {
        browser.open("/admin/applications");
        assertTrue(browser.path().matches("/admin/(index)?"), "an operator page sends a visitor to the operators' login: "
                + browser.path());
        browser.type("loginForm:email", OPERATOR_EMAIL).type("loginForm:password", "wrong password 2026")
                .submit("loginForm:login");
        assertTrue(browser.pageSource().contains("メールアドレスまたはパスワードが正しくありません"));
        browser.type("loginForm:email", OPERATOR_EMAIL).type("loginForm:password", OPERATOR_PASSWORD)
                .submit("loginForm:login");
        OperatorSignIn.secondStep(browser, OPERATOR_EMAIL);
        assertEquals("/admin/applications", browser.path(), "after login, the page that was asked for");
        assertTrue(browser.title().contains("アカウント申請管理"), browser.title());
        assertTrue(browser.text("headerForm").contains("運営 一郎"), "the header names the operator");
        browser.submit("headerForm:langEn");
        assertTrue(browser.pageSource().contains("Account applications") && browser.pageSource().contains("Approve selected"));
        browser.submit("headerForm:langJa");

        String learner = uniqueEmail("learner");
        signUpPersonal(learner, "一般 一郎");
        confirmByMail(learner, 1);
        browser.close();
        browser = new Browser();
        logIn("個人の方", learner, PASSWORD);
        browser.open("/admin/applications");
        assertFalse(browser.pageSource().contains("選択した申請を承認する"), "a learner does not reach the console");
        browser.open("/admin/").type("loginForm:email", learner).type("loginForm:password", PASSWORD).submit("loginForm:login");
        browser.open("/admin/applications");
        assertFalse(browser.pageSource().contains("選択した申請を承認する"), "a learner's credentials do not open the console");

        browser.close();
        browser = new Browser();
        browser.open("/admin/").type("loginForm:email", learner).type("loginForm:password", PASSWORD).submit("loginForm:login");
        assertTrue(browser.pageSource().contains("メールアドレスまたはパスワードが正しくありません"),
                "nor do they log anybody in at the operators' form");
    }

    @Test
    void operatorActionsAreRefusedInTheEjbToLearnersAndCompanies() {
        String learner = uniqueEmail("learner");
        signUpPersonal(learner, "侵入 一郎");
        confirmByMail(learner, 1);
        String company = uniqueEmail("corp");
        signUpCorporate(company, "株式会社侵入");
        confirmByMail(company, 1);

        logIn("個人の方", learner, PASSWORD);
        assertEquals("/mypage/applications", browser.path());
        assertGuard("refused");
        browser.submit("headerForm:logout");
        logIn("法人の方", company, PASSWORD);
        assertEquals("/mypage/applications", browser.path());
        assertGuard("refused");
        browser.submit("headerForm:logout");
        assertGuard("refused");

        operatorLogIn();
        assertEquals("allowed", browser.fetch("/test-guard/guard/import").body(), "an operator passes the guard");
    }

    /** Calls operator actions with this browser's session, past every page. */
    private void assertGuard(String expected) {
        assertEquals(expected, browser.fetch("/test-guard/guard/approve?id=1").body());
        assertEquals(expected, browser.fetch("/test-guard/guard/create-operator?email=intruder@example.test").body());
        assertEquals(expected, browser.fetch("/test-guard/guard/import").body());
        assertEquals(expected, browser.fetch("/test-guard/guard/resend-mail?id=1").body());
    }

    @Test
    void withAdministratorApprovalTheApplicantWaitsIsApprovedIsMailedAndLogsIn() {
        requireApprovalForPersonal();
        int operatorMails = Mailbox.mailsTo(OPERATOR_EMAIL).size();
        String learner = waitingLearner("承認 待子");

        logIn("個人の方", learner, PASSWORD);
        browser.waitForText("アカウントは管理者の承認待ちです");
        assertFalse(browser.path().startsWith("/mypage"), "no login while waiting");
        Mailbox.Mail notice = Mailbox.awaitMail(OPERATOR_EMAIL, operatorMails + 1);
        assertTrue(notice.subject().startsWith("【マイページ】承認待ちのアカウント申請があります"), notice.subject());

        operatorLogIn();
        browser.open(notice.link("/admin/application?id="));
        assertEquals("承認待ち", browser.text("status"));
        browser.click("applicationForm:approve");
        browser.waitForText("を承認しました");
        assertEquals("有効", browser.text("status"));
        assertTrue(browser.text("applicationForm:history").contains("承認する")
                && browser.text("applicationForm:history").contains("運営 一郎"), "the decision is in the history, with who");

        Mailbox.Mail approved = Mailbox.awaitMail(learner, 2);
        assertEquals("【マイページ】会員登録が完了しました", approved.subject());
        browser.submit("headerForm:logout");
        browser.open(approved.link("/?type=personal"));
        browser.type("loginForm:email", learner).type("loginForm:password", PASSWORD).submit("loginForm:login");
        assertEquals("/mypage/applications", browser.path(), "approved, the learner logs in");
    }

    @Test
    void rejectingWithoutMailSendsNothingAndWithMailSendsTheReason() {
        requireApprovalForPersonal();
        String quiet = waitingLearner("静か 一郎");
        String told = waitingLearner("通知 二郎");
        operatorLogIn();

        findApplication(quiet.toLowerCase());
        browser.clickInRow("applicationsForm:applications", "静か 一郎", "reject");
        browser.element("rejectForm:reason");
        browser.check("rejectForm:notifyByMail", false);
        browser.click("rejectForm:confirmReject");
        browser.waitForText("承認しないに設定しました（メールは送信しません）");

        findApplication(told.toLowerCase());
        browser.clickInRow("applicationsForm:applications", "通知 二郎", "reject");
        browser.type("rejectForm:reason", "ご所属の確認が取れませんでした。");
        browser.click("rejectForm:confirmReject");
        browser.waitForText("申請者にメールでお知らせします");

        Mailbox.Mail rejected = Mailbox.awaitMail(told, 2);
        assertEquals("【マイページ】会員登録を承認できませんでした", rejected.subject());
        assertTrue(rejected.body().contains("ご所属の確認が取れませんでした。"), "the reason is in the mail");
        assertEquals(1, Mailbox.mailsTo(quiet).size(), "no mail without メールで通知する (mails leave in order)");

        browser.submit("headerForm:logout");
        logIn("個人の方", told, PASSWORD);
        browser.waitForText("このアカウントの申請は承認されませんでした");
    }

    @Test
    void selectedApplicationsAreApprovedTogether() {
        requireApprovalForPersonal();
        String marker = "bulk" + System.nanoTime();
        String first = marker + ".a@example.test";
        String second = marker + ".b@example.test";
        signUpPersonal(first, "一括 一郎");
        confirmByMail(first, 1);
        signUpPersonal(second, "一括 二郎");
        confirmByMail(second, 1);

        operatorLogIn();
        browser.open("/admin/applications");
        browser.type("applicationsForm:text", marker).click("applicationsForm:search");
        browser.waitForText("2件中 1～2件");
        browser.tickRow("applicationsForm:applications", "一括 一郎").tickRow("applicationsForm:applications", "一括 二郎");
        browser.click("applicationsForm:approveSelected");
        browser.clickButtonWithText("はい");
        browser.waitForText("2件の申請を承認しました");
        assertEquals("【マイページ】会員登録が完了しました", Mailbox.awaitMail(first, 2).subject());
        assertEquals("【マイページ】会員登録が完了しました", Mailbox.awaitMail(second, 2).subject());

        String third = marker + ".c@example.test";
        String fourth = marker + ".d@example.test";
        browser.submit("headerForm:logout");
        signUpPersonal(third, "一括 三郎");
        confirmByMail(third, 1);
        signUpPersonal(fourth, "一括 四郎");
        confirmByMail(fourth, 1);
        operatorLogIn();
        browser.type("applicationsForm:text", marker).click("applicationsForm:search");
        browser.waitForText("2件中 1～2件");
        browser.tickRow("applicationsForm:applications", "一括 三郎").tickRow("applicationsForm:applications", "一括 四郎");
        browser.click("applicationsForm:rejectSelected");
        browser.element("rejectForm:reason");
        browser.type("rejectForm:reason", "一括での確認結果です。");
        browser.click("rejectForm:confirmReject");
        browser.waitForText("2件の申請を承認しないに設定しました");
        assertEquals("【マイページ】会員登録を承認できませんでした", Mailbox.awaitMail(third, 2).subject());
        assertTrue(Mailbox.awaitMail(fourth, 2).body().contains("一括での確認結果です。"));
    }

    @Test
    void theApplicationsTableFitsA1280PixelWindowWithEachButtonOnOneLine() {
        requireApprovalForPersonal();
        String learner = waitingLearner("一行 表示");
        operatorLogIn();
        browser.windowSize(1280, 900);
        findApplication(learner.toLowerCase());

        Rectangle box = fresh(() -> browser.elementInRow("applicationsForm:applications", "一行 表示", "approve").getRect());
        assertTrue(box.getWidth() > box.getHeight(), "承認する is wider than it is high: " + box.getDimension());
        assertEquals(1, lines("approve"), "承認する on one line: " + box.getDimension());
        assertEquals(1, lines("reject"), "承認しない on one line");
        assertTrue(pageFitsSideways(), "the page does not scroll sideways at 1280 px");

        List<WebElement> selected = browser.driver().findElements(By.cssSelector("#statusCounts [aria-current='true']"));
        assertEquals(1, selected.size(), "one status tab is marked as the current one");
        assertTrue(selected.get(0).getText().startsWith("承認待ち"), "the dashboard opens on 承認待ち: " + selected.get(0).getText());
        browser.saveLastPage("OperatorConsoleIT-applications-1280x900");

        browser.windowSize(600, 900);
        assertEquals(1, lines("approve"), "承認する stays on one line in a narrow window");
        assertTrue((Boolean) browser.script("const w = document.querySelector("
                + "\"[id='applicationsForm:applications'] .ui-datatable-tablewrapper\"); return w.scrollWidth > w.clientWidth"),
                "in a narrow window the table scrolls inside its container");
        assertTrue(pageFitsSideways(), "the page itself does not scroll sideways");
        browser.saveLastPage("OperatorConsoleIT-applications-600x900");

        browser.windowSize(1280, 900).open("/admin/new-account?type=corporate");
        assertEquals("page", browser.attribute("corporateTab", "aria-current"), "the chosen type's tab is the current page");
        assertEquals(null, browser.attribute("personalTab", "aria-current"), "the other tab is not");
    }

    /** How many lines the row's button's text takes; read again if the table was replaced meanwhile. */
    private int lines(String button) {
        return fresh(() -> browser.textLines(browser.elementInRow("applicationsForm:applications", "一行 表示", button)));
    }

    /** A reading of the page that an ajax update still finishing may replace: taken again until it holds. */
    private <T> T fresh(java.util.function.Supplier<T> reading) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> reading.get());
    }

    private boolean pageFitsSideways() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    @Test
    void anOperatorAddsAnotherOperatorWhoLogsIn() {
        String email = uniqueEmail("operator");
        operatorLogIn();
        browser.click("navOperators");
        browser.type("addForm:name", "運営 二郎").type("addForm:email", email)
                .type("addForm:password", "futari-me no unei 2026").click("addForm:add");
        browser.waitForText("を運営者に追加しました");
        assertTrue(browser.text("operatorsForm:operators").contains("運営 二郎"));
        browser.submit("headerForm:logout");
        OperatorSignIn.signIn(browser, email, "futari-me no unei 2026");
        assertEquals("/admin/applications", browser.path());
        assertTrue(browser.text("headerForm").contains("運営 二郎"));
    }

    /**
     * 停止 and 再開 of an operator, ログイン記録, and an operator's mails in the language of their last
     * login: the stopped operator's open session ends at its next request, their logins are refused
     * like a wrong password, they get no mail while stopped; nobody can stop themself.
     */
    @Test
    void aStoppedOperatorIsSignedOutRefusedAndUnmailedUntilStartedAgainAndEachLoginIsRecorded() {
        String email = uniqueEmail("stopped");
        String password = "tomatta unei no hito 2026";
        String self = operatorLogIn();
        browser.open("/admin/operators");
        browser.type("addForm:name", "停止 三郎").type("addForm:email", email).type("addForm:password", password)
                .click("addForm:add");
        browser.waitForText("を運営者に追加しました");
        assertEquals(0L, browser.script("return [...document.querySelectorAll(\"[id='operatorsForm:operators'] tbody tr\")]"
                + ".filter(r => r.cells[1].textContent.includes(arguments[0]))[0].querySelectorAll('button').length", self),
                "no 停止する on one's own row");

        Browser idle = new Browser();
        try {
            try (Browser other = new Browser()) {
                OperatorSignIn.signIn(idle, email, password);
                assertEquals("/admin/applications", idle.path(), "a second session of the new operator, idle from now on");
                other.open("/admin/").submit("headerForm:langEn");
                other.type("loginForm:email", email).type("loginForm:password", password).submit("loginForm:login");
                OperatorSignIn.secondStep(other, email);
                assertEquals("/admin/applications", other.path(), "the new operator logs in, in English");

                browser.open("/admin/operators");
                browser.clickInRow("operatorsForm:operators", "停止 三郎", "stop");
                browser.clickButtonWithText("はい");
                browser.waitForText("停止 三郎 を停止しました");
                assertTrue(browser.text("operatorsForm:operators").contains("停止中"));

                other.open("/admin/applications");
                assertTrue(other.exists("loginForm:login"), "the stopped operator's session ended: " + other.describe());
                other.type("loginForm:email", email).type("loginForm:password", password).submit("loginForm:login");
                assertTrue(other.pageSource().contains("メールアドレスまたはパスワードが正しくありません"),
                        "refused like a wrong password: " + other.describe());
            }

            browser.open("/admin/logins");
            String record = browser.text("loginsForm:logins");
            assertTrue(record.contains(email.toLowerCase()) && record.contains("停止 三郎") && record.contains("成功")
                    && record.contains("停止中の運営者") && (record.contains("127.0.0.1") || record.contains("0:0:0:0:0:0:0:1")),
                    record); // Chromium reaches localhost over IPv4 or IPv6
            browser.submit("headerForm:logout");

            requireApprovalForPersonal();
            int mine = Mailbox.mailsTo(OPERATOR_EMAIL).size();
            waitingLearner("停止中 通知");
            Mailbox.awaitMail(OPERATOR_EMAIL, mine + 1);
            assertEquals(0, Mailbox.mailsTo(email).size(), "a stopped operator is not mailed (both were queued together)");

            operatorLogIn();
            browser.open("/admin/operators");
            browser.clickInRow("operatorsForm:operators", "停止 三郎", "start");
            browser.waitForText("停止 三郎 を再開しました");
            browser.submit("headerForm:logout");
            idle.open("/admin/applications");
            assertTrue(idle.exists("loginForm:login"), "a session from before the stop stays ended after 再開: " + idle.describe());
            waitingLearner("再開後 通知");
            Mailbox.Mail notice = Mailbox.awaitMail(email, 1);
            assertTrue(notice.subject().startsWith("[My Page] An account application awaits approval"),
                    "in the language of the operator's last login: " + notice.subject());
            assertEquals(1, Mailbox.mailsTo(email).size(), "and the only one: nothing came of the application while stopped"
                    + " (queued before the second applicant's mails, it would have left before them)");
            OperatorSignIn.signIn(browser, email, password);
            assertEquals("/admin/applications", browser.path(), "started again, the operator logs in");
        } finally {
            idle.close();
        }
    }

    @Test
    void twoOperatorsDecidingAtOnceOneWinsTheOtherIsToldAndOneMailLeaves() throws Exception {
        requireApprovalForPersonal();
        String learner = waitingLearner("競合 一郎");
        Browser second = new Browser();
        try {
            operatorLogIn();
            findApplication(learner.toLowerCase());
            Browser first = browser;
            browser = second;
            operatorLogIn();
            findApplication(learner.toLowerCase());
            browser.clickInRow("applicationsForm:applications", "競合 一郎", "reject");
            browser.element("rejectForm:reason");
            browser = first;

            CompletableFuture<Void> approving = CompletableFuture.runAsync(
                    () -> first.clickInRow("applicationsForm:applications", "競合 一郎", "approve"));
            CompletableFuture<Void> rejecting = CompletableFuture.runAsync(() -> second.click("rejectForm:confirmReject"));
            CompletableFuture.allOf(approving, rejecting).get();

            String[] outcomes = {awaitOutcome(first), awaitOutcome(second)};
            assertEquals(1, List.of(outcomes).stream().filter("decided"::equals).count(),
                    "exactly one decision wins: " + String.join(", ", outcomes));
            assertEquals(1, List.of(outcomes).stream().filter("told"::equals).count(),
                    "the other operator is told: " + String.join(", ", outcomes));
            Mailbox.awaitMail(learner, 2);
            Thread.sleep(3_000);
            assertEquals(2, Mailbox.mailsTo(learner).size(), "the confirmation and one decision mail");
        } finally {
            second.close();
        }
    }

    /** What the operator's page said after the concurrent click. */
    private static String awaitOutcome(Browser operator) {
        for (int i = 0; i < 40; i++) {
            String page = operator.pageSource();
            if (page.contains("この申請は既に処理されています")) {
                return "told";
            }
            if (page.contains("を承認しました") || page.contains("承認しないに設定しました")) {
                return "decided";
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return "nothing";
    }

    @Test
    void anOperatorCreatesAnAccountTheInviteeAcceptsAndLogsInWithoutApproval() {
        requireApprovalForPersonal();
        String invitee = uniqueEmail("invitee");
        operatorLogIn();
        browser.click("navNewAccount");
        browser.type("accountForm:name", "招待 花子").type("accountForm:nameKana", "ショウタイ ハナコ")
                .type("accountForm:phone", "0312345678").type("accountForm:email", invitee)
                .click("accountForm:invite");
        browser.waitForText("のアカウントを作成しました");

        Mailbox.Mail invitation = Mailbox.awaitMail(invitee, 1);
        assertTrue(invitation.subject().startsWith("【マイページ】アカウント作成のお知らせ"), invitation.subject());
        browser.submit("headerForm:logout");
        browser.open(invitation.link("/accept-invitation?token="));
        assertEquals(invitee.toLowerCase(), browser.text("inviteeEmail"));
        browser.type("acceptForm:password", PASSWORD).type("acceptForm:passwordConfirmation", PASSWORD)
                .click("acceptForm:termsAccepted").submit("acceptForm:accept");
        browser.element("done");
        logIn("個人の方", invitee, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "an invited account needs no approval");
    }

    @Test
    void anExpiredInvitationSaysSoAndTheOperatorSendsANewOne() {
        String invitee = uniqueEmail("late");
        operatorLogIn();
        browser.open("/admin/new-account?type=corporate");
        browser.type("accountForm:corporateName", "株式会社招待").type("accountForm:corporateNameKana", "カブシキガイシャショウタイ")
                .type("accountForm:contactName", "担当 太郎").type("accountForm:contactNameKana", "タントウ タロウ")
                .type("accountForm:phone", "0312345678").type("accountForm:postalCode", "1000001")
                .type("accountForm:address", "東京都千代田区千代田1-1").type("accountForm:email", invitee)
                .click("accountForm:invite");
        browser.waitForText("のアカウントを作成しました");
        String oldLink = Mailbox.awaitMail(invitee, 1).link("/accept-invitation?token=");

        Browser.moveClock(Duration.ofDays(8));
        browser.open(oldLink);
        assertTrue(browser.text("invalid").contains("有効期限が切れています"));

        operatorLogIn();
        browser.open("/admin/applications");
        browser.clickLinkWithText("招待中");
        browser.type("applicationsForm:text", invitee.toLowerCase()).click("applicationsForm:search");
        browser.waitForText("1件中 1～1件");
        browser.clickInRow("applicationsForm:applications", "株式会社招待", "resend");
        browser.waitForText("に新しい招待メールを送信します");
        String newLink = Mailbox.awaitMail(invitee, 2).link("/accept-invitation?token=");
        browser.submit("headerForm:logout");
        browser.open(newLink);
        browser.type("acceptForm:password", PASSWORD).type("acceptForm:passwordConfirmation", PASSWORD)
                .click("acceptForm:termsAccepted").submit("acceptForm:accept");
        browser.element("done");
        logIn("法人の方", invitee, PASSWORD);
        assertEquals("/mypage/applications", browser.path());
    }

    @Test
    void theCsvPreviewShowsEachBadRowBeforeAnythingIsWrittenThenImports() throws Exception {
        String marker = "csv" + System.nanoTime();
        String good = marker + ".good@example.test";
        String header = "アカウント種別(個人/法人),メールアドレス,氏名(法人は申込・管理担当者名),氏名フリガナ,電話番号,"
                + "法人名(個人は勤務先),法人名フリガナ(法人のみ),部署名,郵便番号(法人のみ),住所(法人のみ),言語(ja/en)";
        String csv = "\uFEFF" + header + "\r\n"
                + "個人," + good + ",取込 一郎,トリコミ イチロウ,0312345678,,,,,,ja\r\n"
                + "個人,not-an-address,取込 二郎,トリコミ ジロウ,0312345678,,,,,,ja\r\n"
                + "個人," + good + ",取込 三郎,トリコミ サブロウ,0312345678,,,,,,ja\r\n"
                + "個人," + marker + ".nokana@example.test,取込 四郎,,0312345678,,,,,,ja\r\n";
        Path file = Files.createTempFile("accounts", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        operatorLogIn();
        browser.click("navImport");
        browser.upload("importForm:file", file);
        browser.submit("importForm:upload");
        browser.waitForText("登録できる行 1件、問題のある行 3件");
        String preview = browser.text("importForm:rows");
        assertTrue(preview.contains("メールアドレスの形式が正しくありません"), preview);
        assertTrue(preview.contains("2行目と同じ種別・メールアドレスです"), preview);
        assertTrue(preview.contains("入力してください"), preview);
        assertTrue(Mailbox.mailsTo(good).isEmpty(), "the preview writes nothing");

        browser.click("importForm:commit");
        browser.clickButtonWithText("はい");
        browser.waitForText("完了");
        assertTrue(browser.text("progressText").contains("作成 1件"), browser.text("progressText"));
        assertTrue(Mailbox.awaitMail(good, 1).subject().startsWith("【マイページ】アカウント作成のお知らせ"));
    }
}
