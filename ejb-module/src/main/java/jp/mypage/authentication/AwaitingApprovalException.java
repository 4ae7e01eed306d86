package jp.mypage.authentication;

import jakarta.ejb.ApplicationException;
import jp.mypage.common.BusinessException;

/**
 * The password is right and the address confirmed, but an operator has not yet approved the
 * account (管理者承認). Only someone who knows the password learns this.
 */
@ApplicationException(rollback = false)
public class AwaitingApprovalException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AwaitingApprovalException() {
        super("Account awaits approval");
    }

    @Override
    public String messageKey() {
        return "login.awaitingApproval";
    }
}
