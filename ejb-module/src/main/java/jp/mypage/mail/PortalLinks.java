package jp.mypage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.mypage.account.AccountTypeParameter;
import jp.mypage.domain.account.AccountType;

/**
 * The portal's addresses as mails write them, all under {@code APP_BASE_URL}. The paths are the
 * web module's pages (extensionless, through OmniFaces FacesViews).
 */
@ApplicationScoped
public class PortalLinks {

    @Inject
    private MailSettings settings;

    public String confirmation(String token) {
        return settings.baseUrl() + "/confirm?token=" + encode(token);
    }

    public String passwordReset(String token) {
        return settings.baseUrl() + "/reset-password?token=" + encode(token);
    }

    public String acceptInvitation(String token) {
        return settings.baseUrl() + "/accept-invitation?token=" + encode(token);
    }

    public String forgotPassword() {
        return settings.baseUrl() + "/forgot-password";
    }

    public String login(AccountType type) {
        return settings.baseUrl() + "/?type=" + AccountTypeParameter.format(type);
    }

    /** An application's page on the operator console (アカウント申請管理). */
    public String applicationDetail(long accountId) {
        return settings.baseUrl() + "/admin/application?id=" + accountId;
    }

    /** A page of My Page; a visitor without a session logs in first and then continues there. */
    public String myPage(String page) {
        return settings.baseUrl() + "/mypage/" + page;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
