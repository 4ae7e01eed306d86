package jp.mypage.web.refusal;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
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
 * page says it expired and shows what was typed again ({@link TypedValues}). Values no form of ours
 * sends are answered the same way, with their own message; a page of another kind of account (a
 * learner at a company's page) with 403. Each is logged as one line, never a stack trace, and never
 * answered with a 5xx. Every other exception goes on to the decorated handler.
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
                    if (refusal instanceof EJBAccessException) {
                        answerForbidden(context, refusal);
                    } else {
                        answerAgain(context, refusal, isExpiry(refusal) ? "error.expired.again" : "error.invalid.again");
                    }
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean isExpiry(Throwable refusal) {
        return refusal instanceof ViewExpiredException || refusal instanceof ProtectedViewException
                || refusal instanceof org.primefaces.csp.CspException;
    }

    /**
     * What a visitor can cause by what they send, besides an expired view: a page of another kind of
     * account (the service's role check, {@link EJBAccessException}), values no form of ours sends (a
     * number field's text that is no number, a bean-validation refusal of fields the post left out,
     * an argument the domain refuses, a file upload that is no multipart request).
     */
    private static Throwable refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (isExpiry(cause) || cause instanceof EJBAccessException || cause instanceof ConstraintViolationException
                    || cause instanceof NumberFormatException || cause instanceof IllegalArgumentException
                    || cause instanceof ServletException && String.valueOf(cause.getMessage()).contains("multipart")) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * A page of another kind of user: 403 and the 禁止 page (for an ajax request, a redirect to the
     * page, which answers so).
     */
    private static void answerForbidden(FacesContext context, Throwable refusal) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.info(() -> "Refused " + request.getMethod() + " " + Servlets.getRequestURI(request) + " from "
                + request.getRemoteAddr() + ": " + refusal.getClass().getSimpleName() + " (answered 403)");
        if (external.isResponseCommitted()) {
            context.responseComplete();
            return;
        }
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(Servlets.getRequestURIWithQueryString(request));
            } else {
                external.responseReset();
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void answerAgain(FacesContext context, Throwable refusal, String messageKey) {
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
            external.getFlash().put(FLASH_MESSAGE, messageKey);
            TypedValues.keep(external);
            external.getFlash().setRedirect(true);
            external.redirect(again);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
