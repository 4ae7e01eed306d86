package jp.mypage.web.security;

/** The role names; each is an account type's name. */
public final class Roles {

    public static final String PERSONAL = "PERSONAL";
    public static final String CORPORATE = "CORPORATE";

    private Roles() {
    }
}
