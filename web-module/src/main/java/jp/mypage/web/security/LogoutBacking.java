package jp.mypage.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** ログアウト: ends the authentication and the session, then shows the entry page. */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws ServletException, IOException {
        endSessionAndShow(LoginPages.ACCOUNT_LOGIN);
    }

    /** ログアウト of an operator: back to the operators' login. */
    public void logoutOperator() throws ServletException, IOException {
        endSessionAndShow(LoginPages.ADMIN_LOGIN);
    }

    private static void endSessionAndShow(String loginPage) throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + loginPage + "?loggedOut=true");
    }
}
