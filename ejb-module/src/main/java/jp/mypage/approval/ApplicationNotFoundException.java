package jp.mypage.approval;

import jp.mypage.common.BusinessException;

/** No account has this id. */
public class ApplicationNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long accountId;

    public ApplicationNotFoundException(long accountId) {
        super("No account " + accountId);
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String messageKey() {
        return "accountApplications.notFound";
    }
}
