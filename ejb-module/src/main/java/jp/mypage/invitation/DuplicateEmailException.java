package jp.mypage.invitation;

import jp.mypage.common.BusinessException;

/**
 * An account of the same type already holds the address. If it is itself an invitation that was
 * not accepted yet, the operator can re-send it instead.
 */
public class DuplicateEmailException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final boolean alreadyInvited;

    public DuplicateEmailException(boolean alreadyInvited) {
        super(alreadyInvited ? "The address was already invited" : "The address already holds an account of this type");
        this.alreadyInvited = alreadyInvited;
    }

    public boolean alreadyInvited() {
        return alreadyInvited;
    }

    @Override
    public String messageKey() {
        return alreadyInvited ? "invitation.alreadyInvited" : "invitation.duplicateEmail";
    }
}
