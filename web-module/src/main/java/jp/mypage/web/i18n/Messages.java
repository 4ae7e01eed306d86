package jp.mypage.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Adds translated messages (bundle {@code jp.mypage.web.i18n.messages}) to the current page. */
public final class Messages {

    public static final String BUNDLE = "jp.mypage.web.i18n.messages";

    private Messages() {
    }

    /**
     * The text in the page's language: the session's choice, not the view root's locale, which a view
     * action sees before {@code f:view} set it (the browser's language then).
     */
    public static String text(String key, Object... arguments) {
        return text(jakarta.enterprise.inject.spi.CDI.current().select(LocaleBacking.class).get().getLocale(), key, arguments);
    }

    /** The text in this locale, for responses that are not Faces pages. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** A message for the whole page. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** The refusal of a use case, with its arguments, for the whole page. */
    public static void error(jp.mypage.common.BusinessException refusal) {
        error(refusal.messageKey(), refusal.messageArguments());
    }

    /** An error for the whole page. */
    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
