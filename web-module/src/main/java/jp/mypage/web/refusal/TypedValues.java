package jp.mypage.web.refusal;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a person typed into a form whose view had expired, shown again in the same fields of the page
 * they are sent back to. Only text fields are restored, never a password (nor any field whose name
 * says password), nor hidden fields, nor a value longer than {@value #LONGEST} characters; at most
 * {@value #MOST} fields. Listens to PreRenderViewEvent (faces-config.xml).
 */
public class TypedValues implements SystemEventListener {

    private static final String FLASH_VALUES = "refusal.typed";
    private static final int LONGEST = 2_000;
    private static final int MOST = 100;

    /** Keeps the request's text parameters in the flash for the next page. */
    static void keep(ExternalContext external) {
        HashMap<String, String> typed = new HashMap<>();
        for (Map.Entry<String, String[]> parameter : external.getRequestParameterValuesMap().entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            if (typed.size() >= MOST || values.length != 1 || values[0].length() > LONGEST || values[0].isEmpty()
                    || !name.contains(":") || name.toLowerCase(Locale.ROOT).contains("password")
                    || name.startsWith("jakarta.faces.") || name.startsWith("primefaces.")) {
                continue;
            }
            typed.put(name, values[0]);
        }
        if (!typed.isEmpty()) {
            external.getFlash().put(FLASH_VALUES, (Serializable) typed);
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        Object kept = context.getExternalContext().getFlash().get(FLASH_VALUES);
        if (!(kept instanceof Map<?, ?> typed) || typed.isEmpty()) {
            return;
        }
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (isTextField(component) && typed.get(component.getClientId(visit.getFacesContext())) instanceof String value
                    && ((EditableValueHolder) component).getSubmittedValue() == null) {
                ((EditableValueHolder) component).setSubmittedValue(value);
            }
            return VisitResult.ACCEPT;
        });
    }

    private static boolean isTextField(UIComponent component) {
        return component instanceof UIInput && !(component instanceof HtmlInputSecret)
                && !(component instanceof org.primefaces.component.password.Password)
                && (component instanceof HtmlInputText || component instanceof HtmlInputTextarea
                        || component instanceof org.primefaces.component.inputtext.InputText
                        || component instanceof org.primefaces.component.inputtextarea.InputTextarea);
    }
}
