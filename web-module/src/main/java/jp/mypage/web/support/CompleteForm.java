package jp.mypage.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jp.mypage.web.i18n.Messages;

/**
 * Checks a form object against its bean-validation constraints before a service is called with it.
 * The page's own validators refuse what a person can leave empty, but a post that leaves a field
 * out altogether (no parameter at all, which no browser sends) skips them; the service's method
 * validation would then refuse it as a system exception, which the EJB container logs with a stack
 * trace. Here the post gets {@code error.invalid.again} (送信された内容を受け付けられなかったため…) and the
 * service is not called.
 */
@ApplicationScoped
public class CompleteForm {

    @Inject
    private Validator validator;

    /** Whether the form may go to its service; if not, the page says so. */
    public boolean check(Object form) {
        if (form != null && validator.validate(form).isEmpty()) {
            return true;
        }
        Messages.error("error.invalid.again");
        return false;
    }
}
