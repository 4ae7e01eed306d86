package jp.mypage.it;

import java.util.UUID;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the system tests: the real EAR on a managed Payara Server (deployed once for the whole
 * run: {@link ArquillianSuiteDeployment}, named in arquillian.xml), a GreenMail SMTP server, a
 * fresh Chromium per test, and the clock back at "now" after each test. Tests run as a client
 * (testable = false): they see only what a user and a mail client see.
 */
@ExtendWith(ArquillianExtension.class)
@ArquillianSuiteDeployment
abstract class PortalIT {

    /** A password that passes the policy (long, not common). */
    static final String PASSWORD = "kasumi-gaseki 2026 hikari";

    protected Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.create();
    }

    @BeforeAll
    static void startMailServer() {
        Mailbox.start();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.resetClock();
        if (browser != null) {
            browser.saveLastPage(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }

    /** Fills and submits 新規登録(個人) as the seed describes; returns after the dialog 本登録のお願い shows. */
    void signUpPersonal(String email, String name) {
        browser.open("/").click("signUpPersonal");
        personalForm(email).name(name).submit();
        browser.element("confirmationDialogText");
    }

    /** The 新規登録(個人) form on the current page, filled with valid values unless a test changes one. */
    SignUpSteps.PersonalForm personalForm(String email) {
        return steps().personalForm(email, PASSWORD);
    }

    /** Fills and submits 新規登録(法人); returns after the dialog 本登録のお願い shows. */
    void signUpCorporate(String email, String corporateName) {
        steps().signUpCorporate(email, corporateName, PASSWORD);
    }

    /** Opens the confirmation link of the newest mail to the address and presses 本登録を完了する. */
    void confirmByMail(String email, int mailCount) {
        steps().confirmByMail(email, mailCount);
    }

    /** Logs in as the seed says: マイページ, 個人の方 or 法人の方, メールアドレス, パスワード, ログイン. */
    void logIn(String typeLabel, String email, String password) {
        steps().logIn(typeLabel, email, password);
    }

    private SignUpSteps steps() {
        return new SignUpSteps(browser);
    }

    /** An address no other test uses, in mixed case to prove comparisons ignore it. */
    static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@Example.test";
    }
}
