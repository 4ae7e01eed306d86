package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 登録情報設定: the profile with the dialog 情報変更完了, and the password change. */
class SettingsIT extends PortalIT {

    private String activePersonal(String name) {
        String email = uniqueEmail("settings");
        signUpPersonal(email, name);
        confirmByMail(email, 1);
        logIn("個人の方", email, PASSWORD);
        browser.click("navSettings");
        browser.element("profileForm:name");
        return email;
    }

    @Test
    void savingTheProfileShowsChangesSavedAndKeepsTheChange() {
        activePersonal("設定 太郎");
        browser.type("profileForm:employer", "株式会社サンプル").click("profileForm:saveProfile");
        assertTrue(browser.element("savedDialogText").getText().contains("登録情報を変更しました"));
        assertTrue(browser.pageSource().contains("情報変更完了"), "the dialog 情報変更完了");
        browser.open("/mypage/settings");
        assertEquals("株式会社サンプル", browser.element("profileForm:employer").getAttribute("value"));
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndMailsANotice() {
        String email = activePersonal("変更 太郎");
        String newPassword = "mou hitotsu no nagai kotoba";
        browser.type("passwordForm:currentPassword", "not the password at all")
                .type("passwordForm:newPassword", newPassword)
                .type("passwordForm:newPasswordConfirmation", newPassword)
                .submit("passwordForm:changePassword");
        assertTrue(browser.pageSource().contains("現在のパスワードが正しくありません"));

        browser.type("passwordForm:currentPassword", PASSWORD)
                .type("passwordForm:newPassword", newPassword)
                .type("passwordForm:newPasswordConfirmation", newPassword)
                .submit("passwordForm:changePassword");
        assertTrue(browser.pageSource().contains("パスワードを変更しました"));
        assertTrue(Mailbox.awaitMail(email, 2).subject().contains("パスワードが変更されました"));

        browser.submit("headerForm:logout");
        logIn("個人の方", email, newPassword);
        assertEquals("/mypage/applications", browser.path(), "the new password works");
    }

    @Test
    void fullWidthDigitsAndHalfWidthKanaAreAcceptedAndNormalised() {
        String email = uniqueEmail("zenkaku");
        browser.open("/signup/personal");
        personalForm(email).name("全角 太郎").nameKana("ｾﾞﾝｶｸ ﾀﾛｳ").phone("０３－１２３４－５６７８").submit();
        browser.element("confirmationDialogText");
        confirmByMail(email, 1);
        logIn("個人の方", email, PASSWORD);
        browser.open("/mypage/settings");
        assertEquals("ゼンカク タロウ", browser.element("profileForm:nameKana").getAttribute("value"));
        assertEquals("03-1234-5678", browser.element("profileForm:phone").getAttribute("value"));
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheLockLikeLoginFailures() {
        String email = activePersonal("鍵 太郎");
        String newPassword = "mou hitotsu no nagai kotoba";
        for (int failure = 1; failure <= 3; failure++) {
            browser.open("/mypage/settings")
                    .type("passwordForm:currentPassword", "guess number " + failure + " of the thief")
                    .type("passwordForm:newPassword", newPassword)
                    .type("passwordForm:newPasswordConfirmation", newPassword)
                    .submit("passwordForm:changePassword");
            assertTrue(browser.pageSource().contains("現在のパスワードが正しくありません"), "wrong guess " + failure);
        }
        try (Browser other = new Browser()) {
            other.open("/").choose("loginForm:type", "個人の方").type("loginForm:email", email)
                    .type("loginForm:password", PASSWORD).submit("loginForm:login");
            assertEquals("/index", other.path(), "three wrong current passwords lock the account like three wrong logins");
        }
        browser.open("/mypage/settings")
                .type("passwordForm:currentPassword", PASSWORD)
                .type("passwordForm:newPassword", newPassword)
                .type("passwordForm:newPasswordConfirmation", newPassword)
                .submit("passwordForm:changePassword");
        assertTrue(browser.pageSource().contains("現在のパスワードが正しくありません"),
                "during the lock even the right current password is refused");
    }
}
