package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed's flows, word for word: 新規登録 → 本登録のお願い → mail → URL → 本登録 → login → お申込み履歴一覧. */
class SignUpFlowIT extends PortalIT {

    @Test
    void personalSignsUpConfirmsByMailAndLandsOnApplicationHistory() {
        String email = uniqueEmail("learner");
        signUpPersonal(email, "山田 太郎");
        assertTrue(browser.pageSource().contains("本登録のお願い"), "the dialog 本登録のお願い is shown");

        Mailbox.Mail mail = Mailbox.awaitMail(email, 1);
        assertEquals(email.toLowerCase(Locale.ROOT), mail.to(), "the mail goes to the normalised address");
        assertTrue(mail.subject().contains("本登録のお願い"), "subject in Japanese: " + mail.subject());
        assertTrue(mail.body().contains("山田 太郎 様"), "mail addresses the learner by name");

        logIn("個人の方", email, PASSWORD);
        assertEquals("/index", browser.path(), "no login before 本登録");
        assertTrue(browser.pageSource().contains("本登録が完了していません"), "the user is told to complete 本登録");

        confirmByMail(email, 1);
        assertTrue(browser.text("confirmed").contains("本登録が完了しました"));

        String sessionBefore = browser.sessionId();
        logIn("個人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path(), "a login lands on お申込み履歴一覧");
        assertTrue(browser.title().contains("お申込み履歴一覧"), "title: " + browser.title());
        assertTrue(browser.pageSource().contains("お申込みはまだありません"), "the empty list says so");
        assertNotEquals(sessionBefore, browser.sessionId(), "the session id changes at login");
    }

    @Test
    void corporateSignsUpConfirmsByMailAndLandsOnApplicationHistory() {
        String email = uniqueEmail("company");
        signUpCorporate(email, "株式会社研修");
        confirmByMail(email, 1);
        logIn("法人の方", email, PASSWORD);
        assertEquals("/mypage/applications", browser.path());
        assertTrue(browser.title().contains("お申込み履歴一覧"), "title: " + browser.title());
        assertTrue(browser.pageSource().contains("株式会社研修"), "the corporate name greets the contact");
    }

    @Test
    void signUpInEnglishGetsEnglishPagesAndMail() {
        String email = uniqueEmail("english");
        browser.open("/").click("headerForm:langEn");
        browser.waitForText("Register (personal)");
        browser.click("signUpPersonal");
        personalForm(email).name("Taro Yamada").phone("090-1234-5678").submit();
        browser.element("confirmationDialogText");
        assertTrue(browser.pageSource().contains("Please complete your registration"));
        Mailbox.Mail mail = Mailbox.awaitMail(email, 1);
        assertTrue(mail.subject().contains("Please complete your registration"), "English subject: " + mail.subject());
    }
}
