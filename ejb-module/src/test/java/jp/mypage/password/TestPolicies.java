package jp.mypage.password;

/** The password policy as the server configures it by default, for tests of other packages. */
public final class TestPolicies {

    private TestPolicies() {
    }

    public static PasswordPolicy standard() {
        CommonPasswords common = new CommonPasswords();
        common.load();
        return new PasswordPolicy(12, common);
    }
}
