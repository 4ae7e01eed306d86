package jp.mypage.web.refusal;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.omnifaces.util.Servlets;

/**
 * An expired, stale or forged view state (Faces' {@link ViewExpiredException}, or a
 * {@link ProtectedViewException}), or a post whose PrimeFaces CSP nonce is not its page's
 * ({@code CspException}), is what any visitor can send: it is answered with a redirect to the
 * same address (a GET of the same page; for an ajax request a partial-response redirect), where the
 * page says it expired and shows what was typed again ({@link TypedValues}). It is logged as one line,
 * never a stack trace, and never answered with a 5xx. Every other exception goes on to the decorated
 * handler.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

    /** The flash attribute the layout shows: the key of the message in the messages bundle. */
    public static final String FLASH_MESSAGE = "refusal";

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean answered = false;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            Throwable refusal = refusalIn(exception);
            if (refusal != null) {
                events.remove();
                if (!answered) {
                    answered = true;
                    answerExpired(context, refusal);
                }
            }
        }
        getWrapped().handle();
    }

    private static Throwable refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException
                    || cause instanceof org.primefaces.csp.CspException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static void answerExpired(FacesContext context, Throwable refusal) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String again = Servlets.getRequestURIWithQueryString(request);
        LOG.info(() -> "Refused " + request.getMethod() + " " + Servlets.getRequestURI(request) + " from "
                + request.getRemoteAddr() + ": " + refusal.getClass().getSimpleName() + " (answered with the page again)");
        if (external.isResponseCommitted()) {
            context.responseComplete();
            return;
        }
        try {
            external.getFlash().put(FLASH_MESSAGE, "error.expired.again");
            TypedValues.keep(external);
            external.getFlash().setRedirect(true);
            external.redirect(again);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
