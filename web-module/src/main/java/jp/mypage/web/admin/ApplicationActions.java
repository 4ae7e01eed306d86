package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.mypage.approval.AlreadyDecidedException;
import jp.mypage.approval.ApprovalService;
import jp.mypage.invitation.InvitationService;
import jp.mypage.invitation.NotInvitedException;
import jp.mypage.web.i18n.Messages;

/**
 * 承認する, 承認しない and 招待メールを再送する for one application, with the message that says how
 * it went: the dashboard's rows and the detail page both act through this.
 */
@RequestScoped
class ApplicationActions {

    @Inject
    private ApprovalService approvals;

    @Inject
    private InvitationService invitations;

    /** @param who the applicant as the message names them */
    void approve(long accountId, String who) {
        try {
            approvals.approve(accountId);
            Messages.info("accountApplications.approved", who);
        } catch (AlreadyDecidedException e) {
            alreadyDecided(e);
        }
    }

    void reject(long accountId, boolean notifyByMail, String reason) {
        try {
            approvals.reject(accountId, notifyByMail, reason);
            Messages.info(notifyByMail ? "accountApplications.rejectedNotified" : "accountApplications.rejected");
        } catch (AlreadyDecidedException e) {
            alreadyDecided(e);
        }
    }

    void resendInvitation(long accountId, String email) {
        try {
            invitations.resendInvitation(accountId);
            Messages.info("accountApplications.invitationResent", email);
        } catch (NotInvitedException e) {
            Messages.error(e.messageKey());
        }
    }

    /** Another operator was first: say so, with the status the application has now. */
    private static void alreadyDecided(AlreadyDecidedException e) {
        Messages.error(e.messageKey(), Messages.text("accountStatus." + e.status()));
    }
}
