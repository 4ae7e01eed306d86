package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the portal refuses, and how it says so: every refusal a clear, translated message, no 500. */
class RefusalsIT extends PortalIT {

    @Test
    void missingRequiredFieldIsNamedBesideTheFieldAndKeepsTheRest() {
        String email = uniqueEmail("missing");
        browser.open("/signup/personal");
        personalForm(email).name(null).submit();
        assertEquals("入力してください。", browser.text("signUpForm:nameMessage"), "the empty 氏名 is named");
        assertEquals(email, browser.element("signUpForm:email").getAttribute("value"), "typed values are kept");
        assertFalse(browser.isVisible("confirmationDialogText"), "no 本登録のお願い dialog");
        assertTrue(Mailbox.mailsTo(email).isEmpty(), "no mail");
    }

    @Test
    void consentNotTickedIsRefused() {
        String email = uniqueEmail("noconsent");
        browser.open("/signup/personal");
        personalForm(email).withoutConsent().submit();
        assertTrue(browser.text("signUpForm:termsAcceptedMessage").contains("同意してください"),
                "the consent is asked for: " + browser.fieldMessages());
        assertTrue(Mailbox.mailsTo(email).isEmpty(), "no mail");
    }

    @Test
    void badFormatsAndWeakPasswordsAreExplained() {
        browser.open("/signup/personal");
        personalForm("not-an-address").nameKana("やまだ").phone("12345").password("password1234").submit();
        assertEquals("全角カタカナで入力してください。", browser.text("signUpForm:nameKanaMessage"));
        assertTrue(browser.text("signUpForm:phoneMessage").contains("電話番号"));
        assertEquals("メールアドレスの形式が正しくありません。", browser.text("signUpForm:emailMessage"));
        assertTrue(browser.text("signUpForm:passwordMessage").contains("よく使われている"),
                "a common password is refused with its reason");
    }

    @Test
    void duplicateEmailOfTheSameTypeCreatesNothingAnswersTheSameAndTellsTheOwner() {
        String email = uniqueEmail("twice");
        signUpCorporate(email, "株式会社ダブル");
        confirmByMail(email, 1);

        String variant = "  " + email.toUpperCase() + " ";
        signUpCorporate(variant, "株式会社ダブル二号");
        assertTrue(browser.pageSource().contains("本登録のお願い"), "the same reply as a new sign-up");
        Mailbox.Mail notice = Mailbox.awaitMail(email, 2);
        assertTrue(notice.subject().contains("登録済み"), "the owner is told: " + notice.subject());
        browser.open(notice.link("/?type=corporate"));
        assertEquals("true", browser.element("loginForm:type").findElement(org.openqa.selenium.By.id("loginForm:type:1"))
                .getAttribute("checked"), "the mailed login link preselects 法人の方");

        logIn("法人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "the original account is untouched");
        assertTrue(browser.pageSource().contains("株式会社ダブル") && !browser.pageSource().contains("二号"),
                "no second account replaced the first");
    }

    @Test
    void theSameEmailMayHoldOnePersonalAndOneCorporateAccount() {
        String email = uniqueEmail("both");
        signUpCorporate(email, "株式会社リョウホウ");
        confirmByMail(email, 1);
        signUpPersonal(email, "両方 太郎");
        Mailbox.Mail second = Mailbox.awaitMail(email, 2);
        assertTrue(second.subject().contains("本登録のお願い"), "a new personal account, not a duplicate notice");
    }

    @Test
    void repeatedRequestsMailTheOwnerAtMostOnceAMinute() throws InterruptedException {
        String email = uniqueEmail("flood");
        signUpPersonal(email, "洪水 太郎");
        Mailbox.awaitMail(email, 1);
        for (int i = 0; i < 3; i++) {
            browser.open("/resend-confirmation").type("resendForm:email", email).submit("resendForm:send");
            assertTrue(browser.pageSource().contains("確認メールを送信しました"), "the same answer every time");
        }
        Thread.sleep(3000);
        assertEquals(1, Mailbox.mailsTo(email).size(), "no new mail within a minute of the last");

        Browser.moveClock(Duration.ofSeconds(61));
        browser.open("/resend-confirmation").type("resendForm:email", email).submit("resendForm:send");
        Mailbox.awaitMail(email, 2);
    }

    @Test
    void wrongToggleGetsTheGenericMessage() {
        String email = uniqueEmail("toggle");
        signUpPersonal(email, "山田 花子");
        confirmByMail(email, 1);
        logIn("法人の方", email, PASSWORD);
        assertEquals("/index", browser.path());
        String generic = "メールアドレスまたはパスワードが正しくありません";
        assertTrue(browser.pageSource().contains(generic), "wrong toggle: generic message");
        logIn("個人の方", uniqueEmail("nobody"), PASSWORD);
        assertTrue(browser.pageSource().contains(generic), "unknown email: the same message");
    }

    @Test
    void protectedPageRedirectsToLoginAndContinuesThereAfterwards() {
        String email = uniqueEmail("continue");
        signUpPersonal(email, "続き 太郎");
        confirmByMail(email, 1);
        browser.open("/mypage/settings");
        assertEquals("/index", browser.path(), "no session: the entry page");
        browser.choose("loginForm:type", "個人の方")
                .type("loginForm:email", email)
                .type("loginForm:password", PASSWORD)
                .submit("loginForm:login");
        assertEquals("/mypage/settings", browser.path(), "after login, the page that was asked for");
        assertTrue(browser.exists("profileForm:saveProfile"), "and it works (its services see the new login)");
    }

    @Test
    void reusedLinkIsRefusedWithAWayToANewOne() {
        String email = uniqueEmail("reuse");
        signUpPersonal(email, "再利用 太郎");
        confirmByMail(email, 1);
        String link = Mailbox.awaitMail(email, 1).link("/confirm?token=");
        browser.open(link);
        assertTrue(browser.text("invalid").contains("既に使用されています"), "used link explained");
        assertTrue(browser.exists("confirmForm:newLink"), "a way to a new link");
    }

    @Test
    void bareGetOfTheLinkChangesNothing() {
        String email = uniqueEmail("scanner");
        signUpPersonal(email, "スキャン 太郎");
        String link = Mailbox.awaitMail(email, 1).link("/confirm?token=");
        assertEquals(200, Browser.httpGet(link).statusCode(), "a mail scanner's GET");
        assertEquals(200, Browser.httpGet(link).statusCode(), "and again");
        logIn("個人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "still not confirmed");
        confirmByMail(email, 1);
    }

    @Test
    void twoConcurrentClicksOnTheLinkConfirmOnce() throws Exception {
        String email = uniqueEmail("race");
        signUpPersonal(email, "競争 太郎");
        String link = Mailbox.awaitMail(email, 1).link("/confirm?token=");
        try (Browser other = new Browser()) {
            browser.open(link).element("confirmForm:confirm");
            other.open(link).element("confirmForm:confirm");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> browser.submit("confirmForm:confirm"));
                var second = pool.submit(() -> other.submit("confirmForm:confirm"));
                first.get();
                second.get();
            } finally {
                pool.shutdown();
            }
            long confirmed = java.util.stream.Stream.of(browser, other).filter(b -> b.exists("confirmed")).count();
            long refused = java.util.stream.Stream.of(browser, other).filter(b -> b.exists("invalid")).count();
            assertEquals(1, confirmed, "exactly one click completes 本登録");
            assertEquals(1, refused, "the other is told the link was used");
        }
    }

    @Test
    void expiredLinkIsRefusedAndANewLinkReplacesTheOld() {
        String email = uniqueEmail("expired");
        signUpPersonal(email, "期限 太郎");
        String first = Mailbox.awaitMail(email, 1).link("/confirm?token=");
        Browser.moveClock(Duration.ofHours(25));
        browser.open(first);
        assertTrue(browser.text("invalid").contains("有効期限が切れています"), "expired link explained");

        browser.click("confirmForm:newLink");
        browser.type("resendForm:email", email).submit("resendForm:send");
        assertTrue(browser.pageSource().contains("確認メールを送信しました"));
        String second = Mailbox.awaitMail(email, 2).link("/confirm?token=");
        browser.open(second).submit("confirmForm:confirm");
        assertTrue(browser.text("confirmed").contains("本登録が完了しました"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String email = uniqueEmail("lockout");
        signUpPersonal(email, "施錠 太郎");
        confirmByMail(email, 1);
        for (int failure = 1; failure <= 5; failure++) {
            logIn("個人の方", email, "wrong password number " + failure);
            Browser.moveClock(Duration.ofSeconds(61));
        }
        logIn("個人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "locked: the right password fails too");
        assertTrue(browser.pageSource().contains("メールアドレスまたはパスワードが正しくありません"), "with the generic message");

        Browser.moveClock(Duration.ofMinutes(15));
        logIn("個人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "the lock ends after 15 minutes");
    }

    @Test
    void passwordResetByMailSetsANewPassword() {
        String email = uniqueEmail("reset");
        signUpPersonal(email, "再設定 太郎");
        confirmByMail(email, 1);
        browser.open("/forgot-password").type("forgotForm:email", email).submit("forgotForm:send");
        assertTrue(browser.pageSource().contains("パスワード再設定用のメールを送信しました"));
        String link = Mailbox.awaitMail(email, 2).link("/reset-password?token=");
        String newPassword = "atarashii pasuwaado 2026";
        browser.open(link)
                .type("resetForm:password", newPassword)
                .type("resetForm:passwordConfirmation", newPassword)
                .submit("resetForm:reset");
        assertTrue(browser.text("done").contains("新しいパスワードを設定しました"));
        logIn("個人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "the old password no longer works");
        logIn("個人の方", email, newPassword);
        assertEquals("/mypage/applications", browser.path(), "the new one does");
        Browser.moveClock(Duration.ofMinutes(31));
        browser.open(link);
        assertTrue(browser.exists("invalid"), "a used reset link is refused");
    }

    @Test
    void logoutEndsTheSession() {
        String email = uniqueEmail("logout");
        signUpPersonal(email, "退出 太郎");
        confirmByMail(email, 1);
        logIn("個人の方", email, PASSWORD);
        browser.submit("headerForm:logout");
        assertTrue(browser.pageSource().contains("ログアウトしました"));
        browser.open("/mypage/applications");
        assertEquals("/index", browser.path(), "the My Page needs a new login");
    }
}
