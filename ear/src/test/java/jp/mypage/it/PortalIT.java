package jp.mypage.it;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the system tests: the real EAR on a managed Payara Server, a GreenMail SMTP server, a
 * fresh Chromium per test, and the clock back at "now" after each test. Tests run as a client
 * (testable = false): they see only what a user and a mail client see.
 */
@ExtendWith(ArquillianExtension.class)
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
    PersonalForm personalForm(String email) {
        return new PersonalForm(email);
    }

    /** Values for 新規登録(個人); null leaves a field empty. */
    final class PersonalForm {
        private String name = "山田 太郎";
        private String nameKana = "ヤマダ タロウ";
        private String phone = "03-1234-5678";
        private final String email;
        private String password = PASSWORD;
        private boolean consent = true;

        private PersonalForm(String email) {
            this.email = email;
        }

        PersonalForm name(String value) {
            this.name = value;
            return this;
        }

        PersonalForm nameKana(String value) {
            this.nameKana = value;
            return this;
        }

        PersonalForm phone(String value) {
            this.phone = value;
            return this;
        }

        PersonalForm password(String value) {
            this.password = value;
            return this;
        }

        PersonalForm withoutConsent() {
            this.consent = false;
            return this;
        }

        /** Types every given value, ticks the consent if wanted, and presses 登録する. */
        void submit() {
            typeIfGiven("signUpForm:name", name);
            typeIfGiven("signUpForm:nameKana", nameKana);
            typeIfGiven("signUpForm:phone", phone);
            typeIfGiven("signUpForm:email", email);
            typeIfGiven("signUpForm:password", password);
            typeIfGiven("signUpForm:passwordConfirmation", password);
            if (consent) {
                browser.click("signUpForm:termsAccepted");
            }
            browser.click("signUpForm:register");
        }

        private void typeIfGiven(String id, String value) {
            if (value != null) {
                browser.type(id, value);
            }
        }
    }

    /** Fills and submits 新規登録(法人); returns after the dialog 本登録のお願い shows. */
    void signUpCorporate(String email, String corporateName) {
        browser.open("/").click("signUpCorporate");
        browser.type("signUpForm:corporateName", corporateName)
                .type("signUpForm:corporateNameKana", "カブシキガイシャ ケンシュウ")
                .type("signUpForm:department", "人事部")
                .type("signUpForm:contactName", "佐藤 花子")
                .type("signUpForm:contactNameKana", "サトウ ハナコ")
                .type("signUpForm:phone", "0312345678")
                .type("signUpForm:postalCode", "100-0001")
                .type("signUpForm:address", "東京都千代田区千代田1-1")
                .type("signUpForm:email", email)
                .type("signUpForm:password", PASSWORD)
                .type("signUpForm:passwordConfirmation", PASSWORD)
                .click("signUpForm:termsAccepted")
                .click("signUpForm:register");
        browser.element("confirmationDialogText");
    }

    /** Opens the confirmation link of the newest mail to the address and presses 本登録を完了する. */
    void confirmByMail(String email, int mailCount) {
        String link = Mailbox.awaitMail(email, mailCount).link("/confirm?token=");
        browser.open(link).submit("confirmForm:confirm");
        browser.element("confirmForm:toLogin");
    }

    /** Logs in as the seed says: マイページ, 個人の方 or 法人の方, メールアドレス, パスワード, ログイン. */
    void logIn(String typeLabel, String email, String password) {
        browser.open("/")
                .choose("loginForm:type", typeLabel)
                .type("loginForm:email", email)
                .type("loginForm:password", password)
                .submit("loginForm:login");
    }

    /** An address no other test uses, in mixed case to prove comparisons ignore it. */
    static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@Example.test";
    }
}
