package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 2段階認証 of operators (issue 11, item 9): the password alone opens nothing; the first login enrols an
 * authenticator app (a QR code and its key as text), then shows ten recovery codes once; each code
 * of the app and each recovery code signs in once; wrong codes lock like wrong passwords; the second
 * step expires; another operator resets a lost app. Codes are computed as the app computes them,
 * from the key the page showed, at the portal's time.
 */
class OperatorSecondFactorIT extends PortalIT {

    private static final String WRONG_CODE = "確認コードが正しくありません";

    private void operatorLogIn() {
        OperatorSignIn.signInAnOperator(browser);
        assertEquals("/admin/applications", browser.path(), "the bootstrap operator is in the console");
    }

    /** Adds an operator as the bootstrap operator, and leaves the browser signed out. */
    private String newOperator(String name, String password) {
        String email = uniqueEmail("twostep");
        operatorLogIn();
        browser.open("/admin/operators");
        browser.type("addForm:name", name).type("addForm:email", email).type("addForm:password", password).click("addForm:add");
        browser.waitForText("を運営者に追加しました");
        browser.submit("headerForm:logout");
        return email;
    }

    /** A new operator who has enrolled their app at a first login, with the browser signed out again. */
    private String enrolledOperator(String name, String password) {
        String email = newOperator(name, password);
        OperatorSignIn.signIn(browser, email, password);
        browser.submit("headerForm:logout");
        return email;
    }

    private void password(Browser device, String email, String password) {
        device.open("/admin/").type("loginForm:email", email).type("loginForm:password", password).submit("loginForm:login");
        assertEquals("/admin/second-factor", device.path(), "a right password leads to the second step: " + device.describe());
    }

    @Test
    void theFirstLoginEnrolsAnAppAndShowsRecoveryCodesOnceAndEachCodeSignsInOnce() {
        String password = "ninshou apuri 2026 go";
        String email = newOperator("二段階 五郎", password);

        password(browser, email, password);
        assertTrue(browser.exists("secret"), "the first login enrols an app: " + browser.describe());
        String key = browser.text("secret");
        assertTrue(key.matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), "the key as text, in groups of four: " + key);
        assertTrue((Boolean) browser.script("return document.querySelector('.qr-code svg path') !== null"
                + " && document.querySelector('.qr-code').getAttribute('role') === 'img'"), "a QR code, named for a screen reader");
        assertFalse(browser.pageSource().contains(email), "the QR code names no address (it may be seen over a shoulder)");
        browser.open("/admin/applications");
        assertTrue(browser.exists("loginForm:login"), "the password alone opens no console page: " + browser.describe());
        browser.open("/admin/second-factor");
        assertEquals(key, browser.text("secret"), "the second step waits, with the same key");

        assertTrue(OperatorSignIn.enterCode(browser, email));
        assertEquals("/admin/recovery-codes", browser.path(), browser.describe());
        List<String> recoveryCodes = OperatorSignIn.recoveryCodes(email);
        assertEquals(10, recoveryCodes.size(), "ten recovery codes: " + recoveryCodes);
        browser.open("/admin/recovery-codes");
        assertTrue(browser.exists("alreadyShown"), "shown once: a reload shows none");
        for (String code : recoveryCodes) {
            assertFalse(browser.pageSource().contains(code));
        }
        browser.click("continue");
        assertEquals("/admin/applications", browser.path());
        assertTrue(browser.text("headerForm").contains("二段階 五郎"));
        browser.submit("headerForm:logout");

        password(browser, email, password);
        assertFalse(browser.exists("secret"), "enrolled: no key shown again");
        String code = OperatorSignIn.nextCode(email);
        browser.type("codeForm:code", code).submit("codeForm:verify");
        assertEquals("/admin/applications", browser.path(), "the app's code signs in: " + browser.describe());
        browser.submit("headerForm:logout");
        password(browser, email, password);
        browser.type("codeForm:code", code).submit("codeForm:verify");
        assertTrue(browser.pageSource().contains(WRONG_CODE), "a code signs in once (RFC 6238 §5.2): " + browser.describe());
        assertEquals("", browser.element("codeForm:code").getAttribute("value"), "the wrong code is not kept in the field");

        browser.type("codeForm:code", recoveryCodes.get(3).toUpperCase()).submit("codeForm:verify");
        assertEquals("/admin/applications", browser.path(), "a recovery code signs in instead: " + browser.describe());
        assertTrue(browser.pageSource().contains("残りは 9 個です"), "and says how many remain: " + browser.describe());
        browser.submit("headerForm:logout");
        password(browser, email, password);
        browser.type("codeForm:code", recoveryCodes.get(3)).submit("codeForm:verify");
        assertTrue(browser.pageSource().contains(WRONG_CODE), "a recovery code signs in once");
        OperatorSignIn.secondStep(browser, email);
        assertEquals("/admin/applications", browser.path());
        browser.submit("headerForm:logout");

        operatorLogIn();
        browser.open("/admin/logins");
        String record = browser.text("loginsForm:logins");
        assertTrue(record.contains("パスワード確認（確認コード待ち）") && record.contains("確認コード誤り")
                && record.contains("成功（リカバリーコード）") && record.contains("二段階 五郎"), record);
        browser.open("/admin/operators");
        assertTrue(browser.text("operatorsForm:operators").contains("設定済み"), "the list shows who enrolled");
    }

    @Test
    void wrongCodesLockTheOperatorLikeWrongPasswordsAndARightPasswordDoesNotClearThem() {
        String password = "machigai kodo 2026 san";
        String email = enrolledOperator("二段階 六郎", password);

        password(browser, email, password);
        browser.type("codeForm:code", "000000").submit("codeForm:verify");
        browser.type("codeForm:code", "111111").submit("codeForm:verify");
        password(browser, email, password);
        browser.type("codeForm:code", "222222").submit("codeForm:verify");
        assertTrue(browser.pageSource().contains(WRONG_CODE));
        String right = OperatorSignIn.nextCode(email);
        browser.type("codeForm:code", right).submit("codeForm:verify");
        assertTrue(browser.pageSource().contains(WRONG_CODE),
                "three wrong codes lock, with a password in between: the right code is refused too: " + browser.describe());
        browser.open("/admin/").type("loginForm:email", email).type("loginForm:password", password).submit("loginForm:login");
        assertTrue(browser.pageSource().contains("メールアドレスまたはパスワードが正しくありません"), "and so is the password");

        Browser.moveClock(Duration.ofSeconds(31));
        OperatorSignIn.signIn(browser, email, password);
        assertEquals("/admin/applications", browser.path(), "the lock ends as a password lock does: " + browser.describe());
    }

    @Test
    void theSecondStepExpiresAndCannotBeReachedWithoutThePassword() {
        String password = "kigen gire 2026 nana";
        String email = enrolledOperator("二段階 七郎", password);

        browser.open("/admin/second-factor");
        assertEquals("/admin/", browser.path().replace("index", ""), "no password step: back to the login: " + browser.describe());
        assertTrue(browser.exists("secondStepExpired"), "which says why");
        HttpResponse<String> forged = new FormClient().get("/admin/second-factor");
        assertEquals(302, forged.statusCode(), "a visitor without a password step is sent away, not shown a form");

        password(browser, email, password);
        Browser.moveClock(Duration.ofMinutes(6));
        browser.type("codeForm:code", OperatorSignIn.nextCode(email)).submit("codeForm:verify");
        assertTrue(browser.exists("secondStepExpired"), "after five minutes the code comes too late: " + browser.describe());
        assertTrue(browser.exists("loginForm:login"));
        browser.open("/admin/applications");
        assertTrue(browser.exists("loginForm:login"), "and nobody is signed in");
    }

    @Test
    void anOperatorResetsAnothersLostAppWhoseSessionsEndAndWhoEnrolsANewOne() {
        String password = "nakushita sumaho 2026";
        String email = newOperator("二段階 八郎", password);
        try (Browser lost = new Browser()) {
            OperatorSignIn.signIn(lost, email, password);
            assertEquals("/admin/applications", lost.path());
            String oldKey = OperatorSignIn.secret(email);

            operatorLogIn();
            browser.open("/admin/operators");
            browser.clickInRow("operatorsForm:operators", "二段階 八郎", "resetSecondFactor");
            browser.clickButtonWithText("はい");
            browser.waitForText("二段階 八郎 の2段階認証をリセットしました");
            assertTrue(browser.text("operatorsForm:operators").contains("未設定"), browser.text("operatorsForm:operators"));
            OperatorSignIn.forget(email);

            lost.open("/admin/applications");
            assertTrue(lost.exists("loginForm:login"), "their open session ended: " + lost.describe());
            password(lost, email, password);
            assertTrue(lost.exists("secret"), "they enrol a new app");
            assertNotEquals(oldKey, lost.text("secret").replace(" ", ""), "with a new key");
            OperatorSignIn.secondStep(lost, email);
            assertEquals("/admin/applications", lost.path());
        }
    }

    @Test
    void aCodePostedTwiceAtOnceByOneLoginSignsItInAndNoOtherLogin() throws Exception {
        String password = "daburu kurikku 2026 ku";
        String email = newOperator("二段階 九郎", password);
        OperatorSignIn.signIn(new FormClient(), email, password);

        FormClient device = new FormClient();
        HttpResponse<String> first = device.open("/admin/index", "loginForm").set("loginForm:email", email)
                .set("loginForm:password", password).set("loginForm:login", "ログイン").post();
        assertEquals(302, first.statusCode());
        String code = OperatorSignIn.nextCode(email);
        List<HttpResponse<String>> both = ConcurrencyIT.postTogether(2, () -> device.sameSession()
                .open("/admin/second-factor", "codeForm").set("codeForm:code", code).set("codeForm:verify", "確認する"));
        for (HttpResponse<String> answer : both) {
            assertEquals(302, answer.statusCode(), "a double click: both posts sign the one login in");
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/admin/applications"),
                    "into the console: " + answer.headers().firstValue("Location"));
        }
        assertEquals(200, device.sameSession().get("/admin/operators").statusCode(), "the session is signed in");

        FormClient other = new FormClient();
        other.open("/admin/index", "loginForm").set("loginForm:email", email)
                .set("loginForm:password", password).set("loginForm:login", "ログイン").post();
        HttpResponse<String> replay = other.sameSession().open("/admin/second-factor", "codeForm")
                .set("codeForm:code", code).set("codeForm:verify", "確認する").post();
        assertEquals(200, replay.statusCode(), "another login with the same code is refused on the form");
        assertTrue(replay.body().contains(WRONG_CODE), "with the message");
    }
}
