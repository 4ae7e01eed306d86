package jp.mypage.approval;

import jp.mypage.common.BusinessException;
import jp.mypage.domain.account.AccountStatus;

/**
 * The application does not wait for a decision: another operator decided it a moment ago, or it was
 * never pending (unconfirmed, invited, already active). Rolled back, so nothing of the attempt stays.
 */
public class AlreadyDecidedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final AccountStatus status;

    public AlreadyDecidedException(long accountId, AccountStatus status) {
        super("Account " + accountId + " is " + status + ", not awaiting a decision");
        this.accountId = accountId;
        this.status = status;
    }

    public long accountId() {
        return accountId;
    }

    /** Where the application stands now. */
    public AccountStatus status() {
        return status;
    }

    @Override
    public String messageKey() {
        return "accountApplications.alreadyDecided";
    }
}
