package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.approval.ApplicationDetail;
import jp.mypage.approval.ApplicationNotFoundException;
import jp.mypage.approval.ApprovalService;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.web.i18n.Messages;

/**
 * One application, {@code /admin/application?id=}: the profile, the status and the full history
 * (who did what, when, and why), with 承認する / 承認しない and 招待メールを再送する.
 */
@Named
@ViewScoped
public class AccountApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    @Inject
    private ApplicationActions actions;

    @Inject
    private Actors actors;

    private String id;
    /** The account shown, once {@link #load()} found it. */
    private Long accountId;
    /** Read from {@link #accountId} again when missing (after a failover, on another node). */
    private transient ApplicationDetail detail;
    private boolean notifyByMail = true;
    private String reason;

    /** The page's view action: an unknown or malformed id shows a message, not an error page. */
    public void load() {
        detail = null;
        accountId = null;
        try {
            detail = approvals.application(Long.parseLong(String.valueOf(id).trim()));
            accountId = detail.accountId();
        } catch (NumberFormatException | ApplicationNotFoundException e) {
            Messages.error("accountApplications.notFound");
        }
    }

    public void approve() {
        if (accountId == null) {
            Messages.error("accountApplications.notFound");
            return;
        }
        actions.approve(accountId, getDetail().email());
        detail = null;
    }

    public void reject() {
        if (accountId == null) {
            Messages.error("accountApplications.notFound");
            return;
        }
        actions.reject(accountId, notifyByMail, reason);
        detail = null;
    }

    public void resendInvitation() {
        if (accountId == null) {
            Messages.error("accountApplications.notFound");
            return;
        }
        actions.resendInvitation(accountId, getDetail().email());
        detail = null;
    }

    public String actor(String actor) {
        return actors.describe(actor);
    }

    public boolean isInvited() {
        ApplicationDetail shown = getDetail();
        return shown != null && shown.status() == AccountStatus.INVITED;
    }

    public ApplicationDetail getDetail() {
        if (detail == null && accountId != null) {
            detail = approvals.application(accountId);
        }
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotifyByMail() {
        return notifyByMail;
    }

    public void setNotifyByMail(boolean notifyByMail) {
        this.notifyByMail = notifyByMail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
