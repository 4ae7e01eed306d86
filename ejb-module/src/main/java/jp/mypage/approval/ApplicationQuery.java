package jp.mypage.approval;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;

/**
 * A search of the application list.
 *
 * @param statuses the statuses to show; empty means all
 * @param type the account type; null means both
 * @param from first sign-up day, inclusive, in Asia/Tokyo; null means no lower bound
 * @param to last sign-up day, inclusive, in Asia/Tokyo; null means no upper bound
 * @param text words to find in the email address, name, company name or their readings: NFKC
 *     normalised, case-insensitive, a substring match in which % and _ are ordinary characters;
 *     blank means no text filter
 * @param sort the order; null means {@link ApplicationSort#CREATED_AT}
 * @param ascending the direction of the order
 */
public record ApplicationQuery(Set<AccountStatus> statuses, AccountType type, LocalDate from, LocalDate to,
        String text, ApplicationSort sort, boolean ascending) {

    public ApplicationQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        sort = Objects.requireNonNullElse(sort, ApplicationSort.CREATED_AT);
    }

    /** Applications waiting for a decision, oldest first: the screen's default. */
    public static ApplicationQuery pending() {
        return new ApplicationQuery(Set.of(AccountStatus.PENDING_APPROVAL), null, null, null, null,
                ApplicationSort.CREATED_AT, true);
    }

    /** Every account, newest first. */
    public static ApplicationQuery all() {
        return new ApplicationQuery(Set.of(), null, null, null, null, ApplicationSort.CREATED_AT, false);
    }

    /** The same search over every status (what the status counts use). */
    public ApplicationQuery anyStatus() {
        return new ApplicationQuery(Set.of(), type, from, to, text, sort, ascending);
    }
}
