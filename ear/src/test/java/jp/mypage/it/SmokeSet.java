package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The smoke set as one server kind runs it, through {@link SignUpSteps}: sign-up → 本登録 by the
 * mailed link → the login toggle (the wrong one refuses, the right one signs in) → お申込み履歴一覧,
 * for a learner and for a company. A subclass starts its server (and {@link Mailbox}) before the
 * tests and stops it after: {@link MicroSmokeIT} (Payara Micro), {@link GlassFishSmokeIT}
 * (GlassFish 7). The EAR on Payara Server runs the same steps in {@link SignUpFlowIT}.
 */
abstract class SmokeSet {

    private static final String PASSWORD = "unkai-no-shiro 2026 nagai";

    private final String label;
    private final String learnerName;
    private final String learnerKana;
    private final String companyName;
    private Browser browser;

    /** The label goes into the addresses; the names are the learner's and the company's. */
    SmokeSet(String label, String learnerName, String learnerKana, String companyName) {
        this.label = label;
        this.learnerName = learnerName;
        this.learnerKana = learnerKana;
        this.companyName = companyName;
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aLearnerSignsUpConfirmsChoosesTheToggleAndLandsOnApplicationHistory() {
        String email = email("learner");
        SignUpSteps steps = new SignUpSteps(browser);
        browser.open("/").click("signUpPersonal");
        steps.personalForm(email, PASSWORD).name(learnerName).nameKana(learnerKana).submit();
        assertTrue(browser.text("confirmationDialogText").contains("メール"), "the page says a mail was sent");

        steps.logIn("個人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "no login before 本登録");
        assertTrue(browser.pageSource().contains("本登録が完了していません"));

        steps.confirmByMail(email, 1);
        assertTrue(browser.text("confirmed").contains("本登録が完了しました"));
        steps.logIn("法人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "a learner's address under 法人の方 does not sign in");
        assertTrue(browser.pageSource().contains("「個人の方」「法人の方」の選択もご確認ください"),
                "the message names the toggle");

        String sessionBefore = browser.sessionId();
        steps.logIn("個人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "a login lands on お申込み履歴一覧");
        assertTrue(browser.title().contains("お申込み履歴一覧"), "title: " + browser.title());
        assertTrue(browser.pageSource().contains("お申込みはまだありません"), "the empty list says so");
        assertNotEquals(sessionBefore, browser.sessionId(), "the session id changes at login");
    }

    @Test
    void aCompanySignsUpConfirmsAndLandsOnApplicationHistory() {
        String email = email("company");
        SignUpSteps steps = new SignUpSteps(browser);
        steps.signUpCorporate(email, companyName, PASSWORD);
        steps.confirmByMail(email, 1);

        steps.logIn("個人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "a company's address under 個人の方 does not sign in");
        steps.logIn("法人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path());
        assertTrue(browser.title().contains("お申込み履歴一覧"), "title: " + browser.title());
        assertTrue(browser.pageSource().contains(companyName), "the corporate name greets the contact");
    }

    private String email(String who) {
        return label + "." + who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
