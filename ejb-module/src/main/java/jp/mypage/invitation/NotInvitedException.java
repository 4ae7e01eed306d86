package jp.mypage.invitation;

import jp.mypage.common.BusinessException;

/** No account with this id waits for its invitation to be accepted (it was accepted meanwhile, say). */
public class NotInvitedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotInvitedException(long accountId) {
        super("Account " + accountId + " is not an open invitation");
    }

    @Override
    public String messageKey() {
        return "invitation.notInvited";
    }
}
