package jp.mypage.approval;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.approval.ApprovalMode;

/** The approval setting of one account type as the settings page shows it. */
public record ApprovalSettingView(AccountType type, ApprovalMode mode, boolean notifyOperators, Instant changedAt,
        String changedBy) implements Serializable {
}
