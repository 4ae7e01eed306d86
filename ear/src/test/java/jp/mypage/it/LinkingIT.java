package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 法人ID連携 as the seed words it, then what a company and a learner run into. */
class LinkingIT extends PortalIT {

    private String activeCorporate(String name) {
        String email = uniqueEmail("corp");
        signUpCorporate(email, name);
        confirmByMail(email, 1);
        return email;
    }

    private String activeLearner(String name) {
        return activeLearner(name, "ヤマダ タロウ");
    }

    private String activeLearner(String name, String nameKana) {
        String email = uniqueEmail("learner");
        browser.open("/").click("signUpPersonal");
        personalForm(email).name(name).nameKana(nameKana).submit();
        browser.element("confirmationDialogText");
        confirmByMail(email, 1);
        return email;
    }

    /** The corporate user logs in and chooses 確認してから承認 in 連携の設定. */
    private void requireApproval(String corporateEmail) {
        logIn("法人の方", corporateEmail, PASSWORD);
        browser.click("navLinkedLearners");
        browser.clickLabel("確認してから承認").click("policyForm:savePolicy");
        browser.waitForText("連携の設定を保存しました");
        browser.submit("headerForm:logout");
    }

    /** The learner, logged in, opens 登録情報設定 and saves the corporate email. */
    private void link(String learnerEmail, String corporateEmail) {
        logIn("個人の方", learnerEmail, PASSWORD);
        browser.click("navSettings");
        browser.type("linkForm:corporateEmail", corporateEmail).click("linkForm:saveLink");
    }

    /** Links and waits for the dialog 情報変更完了. */
    private void linkSuccessfully(String learnerEmail, String corporateEmail) {
        link(learnerEmail, corporateEmail);
        browser.element("savedDialogText");
    }

    /** Closes the dialog 情報変更完了 if it shows, and logs out. */
    private void logOut() {
        if (browser.isVisible("closeSaved")) {
            browser.click("closeSaved");
        }
        if (browser.exists("headerForm:logout")) {
            browser.submit("headerForm:logout");
        }
    }

    private String linkedLearnersPage(String corporateEmail) {
        logOut();
        logIn("法人の方", corporateEmail, PASSWORD);
        browser.click("navLinkedLearners");
        browser.element("learnersForm:learners");
        return browser.pageSource();
    }

    @Test
    void learnerLinksInSettingsAndTheCompanySeesThemInLinkedLearners() {
        String corporate = activeCorporate("株式会社連携");
        String learner = activeLearner("連携 一郎");
        linkSuccessfully(learner, corporate);
        assertTrue(browser.pageSource().contains("情報変更完了"));
        assertTrue(browser.text("currentLink").contains("株式会社連携"), "the page shows the current link");

        String page = linkedLearnersPage(corporate);
        assertTrue(page.contains("連携 一郎") && page.contains(learner.toLowerCase()), "the learner is in 連携者一覧");
    }

    @Test
    void unknownCorporateEmailLinksNothingAndSaysSo() {
        String learner = activeLearner("不明 一郎");
        link(learner, uniqueEmail("nocompany"));
        browser.waitForText("このメールアドレスで登録された法人が見つかりません");
        assertTrue(browser.exists("linkForm:noLink"), "still not linked");
    }

    @Test
    void aPersonalAccountEmailIsNotACompany() {
        String other = activeLearner("個人 二郎");
        String learner = activeLearner("個人 一郎");
        link(learner, other);
        browser.waitForText("このメールアドレスで登録された法人が見つかりません");
        assertTrue(browser.exists("linkForm:noLink"), "still not linked");
    }

    @Test
    void changingTheEmailMovesTheLinkAndOnlyTheNewCompanySeesTheLearner() {
        String first = activeCorporate("株式会社一番");
        String second = activeCorporate("株式会社二番");
        String learner = activeLearner("移動 一郎");
        linkSuccessfully(learner, first);
        browser.open("/mypage/settings");
        browser.type("linkForm:corporateEmail", second).click("linkForm:saveLink");
        browser.element("savedDialogText");
        assertTrue(browser.text("currentLink").contains("株式会社二番"));

        assertTrue(linkedLearnersPage(second).contains("移動 一郎"), "the new company sees the learner");
        assertFalse(linkedLearnersPage(first).contains("移動 一郎"), "the old company does not");
    }

    @Test
    void learnerUnlinksAndStaysAFullPersonalAccount() {
        String corporate = activeCorporate("株式会社解除");
        String learner = activeLearner("解除 一郎");
        linkSuccessfully(learner, corporate);
        browser.open("/mypage/settings").click("linkForm:unlink");
        browser.waitForText("法人との連携を解除しますか");
        browser.clickButtonWithText("はい");
        browser.waitForText("法人との連携を解除しました");
        assertTrue(browser.exists("linkForm:noLink"));

        assertFalse(linkedLearnersPage(corporate).contains("解除 一郎"), "the company no longer sees the learner");
        browser.submit("headerForm:logout");
        logIn("個人の方", learner, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "the learner still logs in");
    }

    @Test
    void aLearnerCannotOpenLinkedLearners() {
        String learner = activeLearner("覗き 一郎");
        logIn("個人の方", learner, PASSWORD);
        browser.open("/mypage/linked-learners");
        assertFalse(browser.exists("learnersForm:learners") && browser.pageSource().contains("連携日"),
                "no list for a personal account");
    }

    @Test
    void theCompanyUnlinksASelectedLearnerWhoIsToldAndStaysAFullAccount() {
        String corporate = activeCorporate("株式会社選択解除");
        String learner = activeLearner("選択 一郎");
        String other = activeLearner("残留 二郎");
        linkSuccessfully(learner, corporate);
        logOut();
        linkSuccessfully(other, corporate);
        assertEquals("【マイページ】受講者が法人ID連携しました", Mailbox.awaitMail(corporate, 3).subject(),
                "the company is told about each new link");

        linkedLearnersPage(corporate);
        browser.tickRow("learnersForm:learners", "選択 一郎").click("learnersForm:unlinkSelected");
        browser.waitForText("選択した受講者との連携を解除しますか");
        browser.clickButtonWithText("はい");
        browser.waitForText("1名の受講者との連携を解除しました");
        String page = browser.pageSource();
        assertFalse(page.contains("選択 一郎"), "the unlinked learner left the list");
        assertTrue(page.contains("残留 二郎"), "the other learner stays");

        assertEquals("【マイページ】法人ID連携が解除されました", Mailbox.awaitMail(learner, 2).subject());
        logOut();
        logIn("個人の方", learner, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "the learner still logs in");
        browser.click("navSettings");
        assertTrue(browser.exists("linkForm:noLink"), "and is no longer linked");
    }

    @Test
    void withApprovalRequiredTheCompanyAcceptsOneRequestAndDeclinesAnother() {
        String corporate = activeCorporate("株式会社承認制");
        String accepted = activeLearner("承認 一郎");
        String declined = activeLearner("却下 二郎");
        requireApproval(corporate);

        linkSuccessfully(accepted, corporate);
        assertTrue(browser.isVisible("requestedDialogText"), "the learner is told the company confirms first");
        assertTrue(browser.text("pendingRequest").contains("株式会社承認制"));
        logOut();
        linkSuccessfully(declined, corporate);
        assertEquals("【マイページ】法人ID連携の申請が届きました", Mailbox.awaitMail(corporate, 3).subject());

        String page = linkedLearnersPage(corporate);
        assertTrue(browser.text("requestsForm:requests").contains("承認 一郎"));
        assertFalse(browser.text("learnersForm:learners").contains("承認 一郎"), "a request is not a link yet");
        browser.clickInRow("requestsForm:requests", "承認 一郎", "accept");
        browser.waitForText("承認 一郎 様との連携を承認しました");
        browser.clickInRow("requestsForm:requests", "却下 二郎", "decline");
        browser.waitForText("この連携申請を承認しませんか");
        browser.clickButtonWithText("はい");
        browser.waitForText("却下 二郎 様の連携申請を承認しませんでした");
        assertTrue(browser.text("learnersForm:learners").contains("承認 一郎"), "the accepted learner is linked");
        assertFalse(browser.text("learnersForm:learners").contains("却下 二郎"), "the declined one is not");
        assertTrue(page.contains("却下 二郎"));

        assertEquals("【マイページ】法人ID連携が承認されました", Mailbox.awaitMail(accepted, 2).subject());
        assertEquals("【マイページ】法人ID連携の申請は承認されませんでした", Mailbox.awaitMail(declined, 2).subject());
        logOut();
        logIn("個人の方", declined, PASSWORD);
        browser.click("navSettings");
        assertTrue(browser.exists("linkForm:noLink"), "the declined learner is not linked");
    }

    @Test
    void theLearnerWithdrawsAPendingRequest() {
        String corporate = activeCorporate("株式会社取消");
        String learner = activeLearner("取消 一郎");
        requireApproval(corporate);
        linkSuccessfully(learner, corporate);
        browser.click("closeSaved");
        browser.click("linkForm:withdrawRequest");
        browser.waitForText("法人ID連携の申請を取り消しますか");
        browser.clickButtonWithText("はい");
        browser.waitForText("法人ID連携の申請を取り消しました");
        logOut();
        linkedLearnersPage(corporate);
        assertFalse(browser.text("requestsForm:requests").contains("取消 一郎"), "the request is gone");
    }

    @Test
    void searchIgnoresHiraganaOrKatakanaSortsInTheDatabaseAndTheCsvExportsWhatThePageShows() {
        String corporate = activeCorporate("株式会社検索");
        String first = activeLearner("検索 一郎", "ケンサク イチロウ");
        String second = activeLearner("検索 二郎", "ケンサク ジロウ");
        String third = activeLearner("別人 三郎", "ベツジン サブロウ");
        for (String learner : List.of(first, second, third)) {
            linkSuccessfully(learner, corporate);
            logOut();
        }
        linkedLearnersPage(corporate);
        assertEquals(3, browser.rowTexts("learnersForm:learners").size());

        browser.type("learnersForm:search", "けんさく").click("learnersForm:searchButton");
        browser.waitForText("2名中");
        String table = browser.text("learnersForm:learners");
        assertTrue(table.contains("検索 一郎") && table.contains("検索 二郎") && !table.contains("別人 三郎"),
                "hiragana finds the katakana フリガナ: " + table);

        browser.click("learnersForm:learners:nameKana");
        browser.waitForAttribute("learnersForm:learners:nameKana", "aria-sort", "ascending");
        List<String> rows = browser.rowTexts("learnersForm:learners");
        assertTrue(rows.get(0).contains("検索 一郎") && rows.get(1).contains("検索 二郎"), "ascending: " + rows);
        browser.click("learnersForm:learners:nameKana");
        browser.waitForAttribute("learnersForm:learners:nameKana", "aria-sort", "descending");
        rows = browser.rowTexts("learnersForm:learners");
        assertTrue(rows.get(0).contains("検索 二郎") && rows.get(1).contains("検索 一郎"), "descending: " + rows);

        String export = browser.attribute("learnersForm:export", "href");
        HttpResponse<String> csv = browser.fetch(export.substring(export.indexOf("/mypage/")));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark for Excel");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertEquals("\"氏名\",\"氏名（フリガナ）\",\"メールアドレス\",\"連携日\"", lines[0]);
        assertEquals(3, lines.length, "the header and the two learners the page shows: " + csv.body());
        assertTrue(lines[1].startsWith("\"検索 二郎\",\"ケンサク ジロウ\",\"" + second.toLowerCase() + "\""),
                "in the page's order: " + lines[1]);
        assertTrue(lines[2].startsWith("\"検索 一郎\""));
    }

    @Test
    void aCompanyReachesNoOtherCompanysLearnerByUrlAjaxSearchOrExport() {
        String mine = activeCorporate("株式会社自社");
        String theirs = activeCorporate("株式会社他社");
        String myLearner = activeLearner("自社 一郎");
        String theirLearner = activeLearner("他社 二郎");
        linkSuccessfully(myLearner, mine);
        logOut();
        linkSuccessfully(theirLearner, theirs);
        linkedLearnersPage(theirs);
        String theirLinkId = browser.rowKey("learnersForm:learners", "他社 二郎");
        logOut();

        logIn("法人の方", mine, PASSWORD);
        browser.open("/mypage/linked-learners?linkId=" + theirLinkId + "&corporateId=" + theirLinkId);
        assertFalse(browser.text("learnersForm:learners").contains("他社 二郎"), "no id in the URL opens their learner");

        browser.type("learnersForm:search", theirLearner).click("learnersForm:searchButton");
        browser.waitForText("連携している受講者はまだいません");

        HttpResponse<String> csv = browser.fetch("/mypage/linked-learners.csv?q="
                + URLEncoder.encode(theirLearner, StandardCharsets.UTF_8) + "&linkId=" + theirLinkId);
        assertEquals(1, csv.body().substring(1).split("\r\n").length, "the export has only the header: " + csv.body());
        assertFalse(browser.fetch("/mypage/linked-learners.csv").body().contains("他社 二郎"));

        browser.open("/mypage/linked-learners");
        browser.tickRow("learnersForm:learners", "自社 一郎");
        browser.script("document.getElementById('learnersForm:learners_selection').value = arguments[0];", theirLinkId);
        browser.click("learnersForm:unlinkSelected");
        browser.clickButtonWithText("はい");
        browser.waitForText("連携を解除する受講者を選択してください");
        logOut();

        assertTrue(linkedLearnersPage(theirs).contains("他社 二郎"), "their link is intact");
    }

    @Test
    void unknownEmailsAreLimitedToFiveInFifteenMinutes() {
        String corporate = activeCorporate("株式会社試行");
        String learner = activeLearner("試行 一郎");
        logIn("個人の方", learner, PASSWORD);
        browser.click("navSettings");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.type("linkForm:corporateEmail", "guess" + attempt + "@example.test").click("linkForm:saveLink");
            browser.waitForText("このメールアドレスで登録された法人が見つかりません");
            browser.open("/mypage/settings");
        }
        browser.type("linkForm:corporateEmail", corporate).click("linkForm:saveLink");
        browser.waitForText("しばらく連携できません");
        assertTrue(browser.exists("linkForm:noLink"), "even the right email waits");

        Browser.moveClock(Duration.ofMinutes(16));
        browser.open("/mypage/settings");
        browser.type("linkForm:corporateEmail", corporate).click("linkForm:saveLink");
        browser.element("savedDialogText");
        assertTrue(browser.text("currentLink").contains("株式会社試行"));
    }

    @Test
    void alternatingCompaniesMailsThemAtMostFiveTimesADay() {
        String first = activeCorporate("株式会社交互一");
        String second = activeCorporate("株式会社交互二");
        String learner = activeLearner("交互 一郎");
        logIn("個人の方", learner, PASSWORD);
        for (int change = 1; change <= 5; change++) {
            browser.open("/mypage/settings");
            browser.type("linkForm:corporateEmail", change % 2 == 1 ? first : second).click("linkForm:saveLink");
            browser.element("savedDialogText");
        }
        Mailbox.awaitMail(first, 1 + 3);
        Mailbox.awaitMail(second, 1 + 2);

        browser.open("/mypage/settings");
        browser.type("linkForm:corporateEmail", second).click("linkForm:saveLink");
        browser.waitForText("本日はこれ以上");
        assertTrue(browser.text("currentLink").contains("株式会社交互一"), "the link stays where it was");
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(1 + 2, Mailbox.mailsTo(second).size(), "the refused change mails no company");

        Browser.moveClock(Duration.ofHours(25));
        logIn("個人の方", learner, PASSWORD);
        browser.open("/mypage/settings");
        browser.type("linkForm:corporateEmail", second).click("linkForm:saveLink");
        browser.element("savedDialogText");
        assertTrue(browser.text("currentLink").contains("株式会社交互二"), "a day later the learner may change again");
    }

    @Test
    void linkedLearnersSpeaksEnglish() {
        String corporate = activeCorporate("English Corp");
        String learner = activeLearner("英語 一郎");
        linkSuccessfully(learner, corporate);
        linkedLearnersPage(corporate);
        browser.submit("headerForm:langEn");
        String page = browser.pageSource();
        assertTrue(page.contains("Linked learners") && page.contains("Download CSV") && page.contains("英語 一郎"),
                "English labels");
        String csv = browser.fetch("/mypage/linked-learners.csv").body();
        assertTrue(csv.substring(1).startsWith("\"Name\""), "the export follows the language: " + csv);
    }
}
