package jp.mypage.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.Profile;
import jp.mypage.domain.support.RecordSerialForm;

/**
 * An application's page: the profile as entered at sign-up, where it stands, and its whole history,
 * oldest first.
 */
public record ApplicationDetail(long accountId, AccountType type, AccountStatus status, String email,
        Profile profile, Locale locale, Instant createdAt, Optional<Instant> emailConfirmedAt,
        Optional<Instant> decidedAt, Optional<Instant> lastLoginAt, List<ApplicationEvent> history) implements Serializable {

    /** Optional does not serialise: the record travels as its values (a page holds it in its view). */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    /** Whether 承認する / 承認しない apply. */
    public boolean isDecidable() {
        return status == AccountStatus.PENDING_APPROVAL;
    }
}
