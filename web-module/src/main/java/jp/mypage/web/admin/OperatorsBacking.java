package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mypage.operator.DuplicateOperatorException;
import jp.mypage.operator.OperatorSelfResetException;
import jp.mypage.operator.OperatorSelfStopException;
import jp.mypage.operator.OperatorStoppedException;
import jp.mypage.operator.OperatorForm;
import jp.mypage.operator.OperatorService;
import jp.mypage.operator.OperatorSummary;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.password.WeakPasswordException;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.CompleteForm;

/** 運営者, {@code /admin/operators}: the operators, and a form to add one. */
@Named
@ViewScoped
public class OperatorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompleteForm completeForm;

    @Inject
    private OperatorService operators;

    @Inject
    private Actors actors;

    @Inject
    private PasswordPolicy passwordPolicy;

    private OperatorForm form = new OperatorForm();
    private transient List<OperatorSummary> list;

    /** 運営者を追加する. */
    public void add() {
        if (!completeForm.check(form)) {
            return;
        }
        try {
            operators.createOperator(form);
            Messages.info("operators.added", form.getEmail());
            form = new OperatorForm();
            list = null;
        } catch (DuplicateOperatorException e) {
            Messages.error(e.messageKey());
        } catch (WeakPasswordException e) {
            Messages.error(e.messageKey(), passwordPolicy.minLength(), PasswordPolicy.MAX_LENGTH);
        }
    }

    /**
     * 停止する: the operator's logins are refused and their sessions end. The id comes from the row's
     * button; the service refuses the caller themself whatever the page sent.
     */
    public void deactivate(long operatorId) {
        try {
            operators.deactivate(operatorId);
            Messages.info("operators.stopped", nameOf(operatorId));
        } catch (OperatorSelfStopException | OperatorStoppedException e) {
            Messages.error(e.messageKey());
        }
        list = null;
    }

    /** 再開する. */
    public void reactivate(long operatorId) {
        try {
            operators.reactivate(operatorId);
            Messages.info("operators.started", nameOf(operatorId));
        } catch (OperatorStoppedException e) {
            Messages.error(e.messageKey());
        }
        list = null;
    }

    /**
     * 2段階認証をリセット: for an operator who lost their phone and their recovery codes; they enrol a
     * new app at their next login, and their sessions end.
     */
    public void resetSecondFactor(long operatorId) {
        try {
            operators.resetSecondFactor(operatorId);
            Messages.info("operators.secondFactorReset", nameOf(operatorId));
        } catch (OperatorSelfResetException | OperatorStoppedException e) {
            Messages.error(e.messageKey());
        }
        list = null;
    }

    private String nameOf(long operatorId) {
        return getOperators().stream().filter(o -> o.id() == operatorId).map(OperatorSummary::name).findFirst().orElse("");
    }

    /** The operators, read once per view and again after one is added (a table reads its value several times). */
    public List<OperatorSummary> getOperators() {
        if (list == null) {
            list = operators.operators();
        }
        return list;
    }

    public String actor(String actor) {
        return actors.describe(actor);
    }

    public OperatorForm getForm() {
        return form;
    }
}
