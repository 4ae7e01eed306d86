package jp.mypage.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * リカバリーコード, {@code /admin/recovery-codes}: shown once, right after an operator enrolled their
 * authenticator app. The page takes the codes out of the session as it renders them: a reload (or
 * anyone later at this screen) finds none, and says so.
 */
@Named
@RequestScoped
public class RecoveryCodesBacking {

    private Optional<OperatorSecondStep.RecoveryCodes> shown = Optional.empty();

    @PostConstruct
    void take() {
        shown = OperatorSecondStep.takeRecoveryCodes(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public boolean isShown() {
        return shown.isPresent();
    }

    public List<String> getCodes() {
        return shown.map(OperatorSecondStep.RecoveryCodes::codes).orElse(List.of());
    }

    /** The console page to go on to: the one that sent the operator to the login, or 申請一覧. */
    public String getContinueTo() {
        return shown.map(OperatorSecondStep.RecoveryCodes::continueTo).orElse(AdminLoginBacking.LANDING);
    }
}
