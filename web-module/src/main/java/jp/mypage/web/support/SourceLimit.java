package jp.mypage.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jp.mypage.throttle.SourceThrottle;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.i18n.Messages;

/**
 * The forms' side of the limits per source ({@link SourceThrottle}): counts this request's attempt
 * for its source address ({@link ClientAddress}) and, when the source has used up its allowance,
 * answers 「しばらくしてから、もう一度お試しください。」 with HTTP 429 instead. The form is rendered
 * again with what was typed (a password field renders empty). Sources in
 * {@code THROTTLE_EXEMPT_SOURCES} (comma-separated addresses, e.g. a large office's gateway) are
 * not counted; the cap on simultaneous password checks applies to them all the same.
 */
@ApplicationScoped
public class SourceLimit {

    /** HTTP 429 Too Many Requests. */
    public static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SourceThrottle throttle;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "THROTTLE_EXEMPT_SOURCES")
    Optional<String> exemptSources;

    private volatile Set<String> exempt;

    /** @return whether the attempt may go on; if not, the refusal is already on the page */
    public boolean admit(ThrottledAction action) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String source = clientAddress.of(request);
        if (isExempt(source) || throttle.tryAttempt(action, source)) {
            return true;
        }
        refuse();
        return false;
    }

    /** Whether this source address is one of {@code THROTTLE_EXEMPT_SOURCES}, never counted. */
    public boolean isExempt(String source) {
        Set<String> known = exempt;
        if (known == null) {
            known = ClientAddress.parse(exemptSources.orElse(""));
            exempt = known;
        }
        return known.contains(source);
    }

    /**
     * Answers this request with the refusal: 429 for a full page; an ajax answer stays 200, since
     * PrimeFaces would not show the message of any other status.
     */
    public void refuse() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            external.setResponseStatus(TOO_MANY_REQUESTS);
        }
        external.setResponseHeader("Retry-After", "60");
        Messages.error("throttle.tryLater");
    }
}
