package jp.mypage.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.net.URI;
import java.net.URISyntaxException;
import jp.mypage.web.i18n.Messages;

/** An online meeting's address: an absolute https URL with a host (the catalogue refuses anything else). */
@FacesValidator("httpsUrl")
public class HttpsUrlValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!isHttps(value)) {
            String text = Messages.text("adminSession.meetingUrlHttps");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    static boolean isHttps(String value) {
        try {
            URI uri = new URI(value.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
