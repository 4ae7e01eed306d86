package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How long a login lasts: a password change, a password reset and 他の端末からログアウト end the
 * account's other sessions (checked on every request against the account's row, so on every node
 * of a cluster), and no session outlives 12 hours after its login. Two browsers are two devices.
 */
class SessionsIT extends PortalIT {

    private static final String SESSION_ENDED = "もう一度ログインしてください";

    private String activePersonal(String name) {
        String email = uniqueEmail("sessions");
        signUpPersonal(email, name);
        confirmByMail(email, 1);
        return email;
    }

    private static void logIn(Browser device, String email, String password) {
        device.open("/")
                .choose("loginForm:type", "個人の方")
                .type("loginForm:email", email)
                .type("loginForm:password", password)
                .submit("loginForm:login");
        assertEquals("/mypage/applications", device.path(), "the login succeeds");
    }

    private static void assertOnLoginForm(Browser device, String message) {
        assertTrue(device.exists("loginForm:email") && !device.path().startsWith("/mypage/"),
                message + " (now on " + device.path() + ")");
    }

    @Test
    void passwordChangeEndsTheOtherSessionsAndKeepsThisOne() {
        String email = activePersonal("変更 端末");
        try (Browser phone = new Browser()) {
            logIn(browser, email, PASSWORD);
            logIn(phone, email, PASSWORD);

            String newPassword = "betsu no nagai pasuwaado 2026";
            browser.open("/mypage/settings")
                    .type("passwordForm:currentPassword", PASSWORD)
                    .type("passwordForm:newPassword", newPassword)
                    .type("passwordForm:newPasswordConfirmation", newPassword)
                    .submit("passwordForm:changePassword");
            assertTrue(browser.pageSource().contains("パスワードを変更しました"));

            phone.open("/mypage/applications");
            assertOnLoginForm(phone, "the other device's session ended with the password change");
            assertTrue(phone.pageSource().contains(SESSION_ENDED), "and it is told to log in again");
            browser.open("/mypage/applications");
            assertEquals("/mypage/applications", browser.path(), "the session that changed the password goes on");
        }
    }

    @Test
    void passwordResetEndsEverySessionOfTheAccount() {
        String email = activePersonal("再設定 端末");
        try (Browser phone = new Browser()) {
            logIn(phone, email, PASSWORD);

            browser.open("/forgot-password").type("forgotForm:email", email).submit("forgotForm:send");
            String newPassword = "wasureta ato no pasuwaado 2026";
            browser.open(Mailbox.awaitMail(email, 2).link("/reset-password?token="))
                    .type("resetForm:password", newPassword)
                    .type("resetForm:passwordConfirmation", newPassword)
                    .submit("resetForm:reset");
            assertTrue(browser.text("done").contains("新しいパスワードを設定しました"));

            phone.open("/mypage/settings");
            assertOnLoginForm(phone, "a session opened before the reset ended with it");
        }
    }

    @Test
    void logOutOtherDevicesEndsEveryOtherSession() {
        String email = activePersonal("全端末 太郎");
        try (Browser phone = new Browser(); Browser tablet = new Browser()) {
            logIn(phone, email, PASSWORD);
            logIn(tablet, email, PASSWORD);
            logIn(browser, email, PASSWORD);

            browser.open("/mypage/settings").submit("sessionsForm:endOtherSessions");
            assertTrue(browser.pageSource().contains("他の端末からログアウトしました"), "the page says it is done");

            for (Browser other : new Browser[] {phone, tablet}) {
                other.open("/mypage/applications");
                assertOnLoginForm(other, "every other device is logged out");
            }
            browser.open("/mypage/applications");
            assertEquals("/mypage/applications", browser.path(), "this device stays logged in");
            logIn(phone, email, PASSWORD);
        }
    }

    @Test
    void noSessionOutlivesTwelveHoursAfterItsLogin() {
        String email = activePersonal("半日 太郎");
        logIn(browser, email, PASSWORD);
        Browser.moveClock(Duration.ofHours(11).plusMinutes(59));
        browser.open("/mypage/applications");
        assertEquals("/mypage/applications", browser.path(), "a session in use lives up to 12 hours");
        Browser.moveClock(Duration.ofMinutes(2));
        browser.open("/mypage/applications");
        assertOnLoginForm(browser, "and not a minute longer, however busy");
        assertTrue(browser.pageSource().contains(SESSION_ENDED), "the person is told to log in again");
    }

    @Test
    void noOperatorSessionOutlivesTwelveHoursEither() {
        OperatorSignIn.signInAnOperator(browser);
        assertEquals("/admin/applications", browser.path(), "the operator is in the console");
        Browser.moveClock(Duration.ofHours(12).plusMinutes(1));
        browser.open("/admin/applications");
        assertTrue(browser.exists("loginForm:email") && !browser.path().equals("/admin/applications"),
                "an operator's session ends 12 hours after its login: " + browser.path());
    }
}
