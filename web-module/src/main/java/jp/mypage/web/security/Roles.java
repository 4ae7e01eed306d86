package jp.mypage.web.security;

/** The role names: each account type's name, and the operators' role. */
public final class Roles {

    public static final String PERSONAL = "PERSONAL";
    public static final String CORPORATE = "CORPORATE";
    /** Operators: the console under {@code /admin/}. Not an account type. */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
