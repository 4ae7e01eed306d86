package jp.mypage.web.support;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.web.i18n.Messages;

/**
 * Checks a new password against the policy beside the field, with the policy's reason. The email
 * address to compare with, if any, is the component attribute {@code email}.
 */
@Dependent
@FacesValidator(value = "passwordPolicy", managed = true)
public class PasswordPolicyValidator implements Validator<String> {

    @Inject
    private PasswordPolicy policy;

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Object email = component.getAttributes().get("email");
        policy.problemWith(value, email == null ? null : email.toString()).ifPresent(problem -> {
            String text = Messages.text(problem.messageKey(), policy.minLength(), PasswordPolicy.MAX_LENGTH);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }
}
