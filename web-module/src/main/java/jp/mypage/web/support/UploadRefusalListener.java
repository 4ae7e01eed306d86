package jp.mypage.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import jp.mypage.web.i18n.Messages;

/**
 * Shows, on the page an upload came from, why {@link UploadLimitFilter} refused it: the filter
 * answered before Faces saw the request, and left the limit in the session for the next page.
 */
public class UploadRefusalListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        Object limit = session.remove(UploadLimitFilter.REFUSED);
        if (limit != null) {
            Messages.error("upload.tooLarge", limit);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
