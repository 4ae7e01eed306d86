package jp.mypage.it;

/**
 * The smoke set's steps as a person takes them in Chromium: 新規登録(個人) and 新規登録(法人) filled as
 * the seed describes, 本登録 through the mailed link, and the login with its 個人の方 / 法人の方 toggle.
 * The EAR's system tests ({@link PortalIT}) and the Payara Micro smoke set ({@link MicroSmokeIT}) take
 * the same steps.
 */
final class SignUpSteps {

    private final Browser browser;

    SignUpSteps(Browser browser) {
        this.browser = browser;
    }

    /** The 新規登録(個人) form on the current page, filled with valid values unless a test changes one. */
    PersonalForm personalForm(String email, String password) {
        return new PersonalForm(email, password);
    }

    /** Values for 新規登録(個人); null leaves a field empty. */
    final class PersonalForm {
        private String name = "山田 太郎";
        private String nameKana = "ヤマダ タロウ";
        private String phone = "03-1234-5678";
        private final String email;
        private String password;
        private boolean consent = true;

        private PersonalForm(String email, String password) {
            this.email = email;
            this.password = password;
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
    void signUpCorporate(String email, String corporateName, String password) {
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
                .type("signUpForm:password", password)
                .type("signUpForm:passwordConfirmation", password)
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
}
