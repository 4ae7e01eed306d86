package jp.mypage.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mypage.account.AccountTypeParameter;
import jp.mypage.domain.account.AccountType;
import jp.mypage.invitation.DuplicateEmailException;
import jp.mypage.invitation.InvitationForm;
import jp.mypage.invitation.InvitationService;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.CompleteForm;

/**
 * アカウント作成, {@code /admin/new-account?type=personal|corporate}: an operator creates one
 * account, which starts as invited and receives an invitation mail in the chosen language.
 */
@Named
@ViewScoped
public class NewAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompleteForm completeForm;

    @Inject
    private InvitationService invitations;

    private InvitationForm form;

    @PostConstruct
    void init() {
        form = new InvitationForm(AccountTypeParameter.parse(
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("type")));
    }

    /** 招待メールを送る. */
    public void invite() {
        if (!completeForm.check(form)) {
            return;
        }
        try {
            invitations.invite(form);
            Messages.info("newAccount.invited", form.getEmail());
            form = new InvitationForm(form.accountType());
        } catch (DuplicateEmailException e) {
            Messages.error(e.messageKey());
        }
    }

    public InvitationForm getForm() {
        return form;
    }

    public boolean isCorporate() {
        return form.accountType() == AccountType.CORPORATE;
    }

    public String getTypeParameter() {
        return AccountTypeParameter.format(form.accountType());
    }

    public List<String> getLanguages() {
        return InvitationForm.LANGUAGES;
    }
}
