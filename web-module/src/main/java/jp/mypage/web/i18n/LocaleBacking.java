package jp.mypage.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.mypage.settings.AccountSettingsService;
import jp.mypage.web.security.SignedInAccount;
import org.omnifaces.util.Faces;

/**
 * The session's language. Japanese unless the visitor picks English; a signed-in holder's choice
 * also becomes the language of their mails.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private Locale locale = Locale.JAPANESE;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private AccountSettingsService settings;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches the language and reloads the page in it. */
    public void change(String language) {
        Locale chosen = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(locale);
        this.locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        if (signedIn.isSignedIn()) {
            settings.changeLanguage(chosen);
        }
        Faces.refreshWithQueryString();
    }

}
