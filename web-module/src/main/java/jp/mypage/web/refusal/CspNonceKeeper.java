package jp.mypage.web.refusal;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * PrimeFaces' CSP mode refuses a postback whose view keeps no nonce ("Missing CSP nonce"), which in
 * the system tests happened to legitimate posts (本登録, 招待の受諾, a login). Right after a view is
 * restored, one without a nonce gets a new one in PrimeFaces' own format; the page answered then
 * carries it in its policy and scripts. The posted nonce itself is not passed on (SecurityHeadersFilter).
 */
public class CspNonceKeeper implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (!context.isPostback() || view == null || view.isTransient()) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(true);
        if (!(viewMap.get(NONCE) instanceof String nonce) || nonce.isBlank()) {
            viewMap.put(NONCE, Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
