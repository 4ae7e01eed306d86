package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Someone signs up first with another person's address and never confirms it. Whoever later
 * clicks a link mailed to that address ends with the password they chose themself, not the
 * intruder's: a repeated sign-up replaces the pending password, profile and language, and a
 * password reset confirms the account with the new password.
 */
class PreRegistrationIT extends PortalIT {

    private static final String INTRUDER_PASSWORD = "shinnyuusha no pasuwaado 99";

    private String preRegisteredByIntruder() {
        String email = uniqueEmail("victim");
        browser.open("/").click("signUpPersonal");
        personalForm(email).name("侵入 次郎").password(INTRUDER_PASSWORD).submit();
        browser.element("confirmationDialogText");
        Mailbox.awaitMail(email, 1);
        return email;
    }

    @Test
    void repeatedSignUpOfAnUnconfirmedAccountTakesTheNewPasswordProfileAndLanguage() {
        String email = preRegisteredByIntruder();
        String intruderLink = Mailbox.awaitMail(email, 1).link("/confirm?token=");
        Browser.moveClock(Duration.ofMinutes(5));

        browser.open("/").click("headerForm:langEn");
        browser.waitForText("Register (personal)");
        browser.click("signUpPersonal");
        personalForm(email).name("Hanako Owner").password(PASSWORD).submit();
        browser.element("confirmationDialogText");
        Mailbox.Mail fresh = Mailbox.awaitMail(email, 2);
        assertTrue(fresh.subject().contains("Please complete your registration"),
                "the fresh link comes in the language of the new sign-up: " + fresh.subject());
        assertTrue(fresh.body().contains("Hanako Owner"), "and addresses the new sign-up's name:\n" + fresh.body());

        browser.open(intruderLink);
        assertTrue(browser.exists("invalid"), "the link of the earlier sign-up no longer confirms anything");

        browser.open(fresh.link("/confirm?token=")).submit("confirmForm:confirm");
        browser.element("confirmForm:toLogin");
        browser.open("/").click("headerForm:langJa");
        browser.waitForText("新規登録");
        logIn("個人の方", email, INTRUDER_PASSWORD);
        assertEquals("/index", browser.path(), "the intruder's password does not open the account");
        logIn("個人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "the password of whoever clicked the link does");
        browser.open("/mypage/settings");
        assertEquals("Hanako Owner", browser.element("profileForm:name").getAttribute("value"),
                "the profile is the new sign-up's");
    }

    @Test
    void resetOfAnUnconfirmedAccountConfirmsItWithTheNewPassword() {
        String email = preRegisteredByIntruder();
        String intruderLink = Mailbox.awaitMail(email, 1).link("/confirm?token=");

        browser.open("/forgot-password").type("forgotForm:email", email).submit("forgotForm:send");
        assertTrue(browser.pageSource().contains("パスワード再設定用のメールを送信しました"));
        String resetLink = Mailbox.awaitMail(email, 2).link("/reset-password?token=");
        browser.open(resetLink)
                .type("resetForm:password", PASSWORD)
                .type("resetForm:passwordConfirmation", PASSWORD)
                .submit("resetForm:reset");
        assertTrue(browser.text("done").contains("新しいパスワードを設定しました"));

        browser.open(intruderLink);
        assertTrue(browser.exists("invalid"), "the intruder's confirmation link is spent");
        logIn("個人の方", email, INTRUDER_PASSWORD);
        assertEquals("/index", browser.path(), "the intruder's password does not open the account");
        logIn("個人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path(),
                "the reset confirmed the account with the password its clicker chose");
    }
}
