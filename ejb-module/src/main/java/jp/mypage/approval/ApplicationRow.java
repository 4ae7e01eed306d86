package jp.mypage.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.support.RecordSerialForm;

/**
 * One line of the application list.
 *
 * @param displayName the company name of a corporate account, the person's name of a personal one
 * @param emailConfirmedAt when 本登録 was completed (or the invitation accepted)
 * @param decidedAt when an operator approved or rejected the application
 */
public record ApplicationRow(long accountId, AccountType type, AccountStatus status, String email,
        String displayName, Instant createdAt, Optional<Instant> emailConfirmedAt, Optional<Instant> decidedAt)
        implements Serializable {

    /** Optional does not serialise: the record travels as its values (a page holds it in its view). */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    /** Whether 承認する / 承認しない apply to this line. */
    public boolean isDecidable() {
        return status == AccountStatus.PENDING_APPROVAL;
    }
}
