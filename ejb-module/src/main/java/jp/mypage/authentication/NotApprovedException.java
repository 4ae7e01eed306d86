package jp.mypage.authentication;

import jakarta.ejb.ApplicationException;
import jp.mypage.common.BusinessException;

/**
 * The password is right, but an operator did not approve the account (承認しない). Only someone who
 * knows the password learns this.
 */
@ApplicationException(rollback = false)
public class NotApprovedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotApprovedException() {
        super("Account not approved");
    }

    @Override
    public String messageKey() {
        return "login.notApproved";
    }
}
