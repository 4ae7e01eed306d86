package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String email = uniqueEmail("learner");
        signUpPersonal(email, name);
        confirmByMail(email, 1);
        return email;
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

    private String linkedLearnersPage(String corporateEmail) {
        if (browser.isVisible("closeSaved")) {
            browser.click("closeSaved");
        }
        browser.submit("headerForm:logout");
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
}
